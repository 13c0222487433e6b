package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.NotFoundException;
import org.govsite.core.calendar.InputDates;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * JAX-RS resource for 依申请公开 (申请接口): {@code POST /disclosure/requests} submits a request and
 * answers a {@link Receipt} with the applicant's query code (shown this once);
 * {@code GET /disclosure/requests/{id}?code=…} (or the {@value #QUERY_CODE_HEADER} header) shows its
 * status, deadline and late notices. A missing or wrong code is answered exactly as an unknown id,
 * 404, so request numbers — sequential official serials — cannot be walked to learn anything. The
 * content is never echoed back, since it may hold personal data. There is no public listing.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Path("disclosure/requests")
@Produces(MediaType.APPLICATION_JSON)
public final class RequestResource {
  /** The header that may carry the query code instead of {@code ?code=} (kept out of access logs and Referer). */
  public static final String QUERY_CODE_HEADER = "X-Query-Code";

  private final RequestStore store;
  private final RequestTracker tracker;
  private final Clock clock;

  /** Creates the resource; {@code clock} gives "today" (use {@code Clock.system(ZoneId.of("Asia/Shanghai"))}). */
  public RequestResource(RequestStore store, RequestTracker tracker, Clock clock) {
    this.store = Checks.notNull(store, "store");
    this.tracker = Checks.notNull(tracker, "tracker");
    this.clock = Checks.notNull(clock, "clock");
  }

  /** Registers a request received today (or on the given day of receipt) and returns 201 with its {@link Receipt}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(@Valid @NotNull Submission s) {
    Checks.notNull(s, "body");
    LocalDate today = LocalDate.now(clock);
    LocalDate received = s.received() == null || s.received().isBlank() ? today : date(s.received(), "received");
    Checks.argument(!received.isAfter(today), "received", "收到日期不能晚于今天", "the day of receipt is in the future: " + received);
    Checks.argument(s.content() != null && !s.content().isBlank(), "content", "申请内容不能为空", "the content must not be blank");
    ApplicantType applicant = ApplicantType.fromCode(Checks.notNull(s.applicant(), "applicant"));
    Channel channel = Channel.fromCode(Checks.notNull(s.channel(), "channel"));
    // Compute the deadline before storing: a day the calendar cannot count from (e.g. 1990) must be
    // a 400 with nothing stored, not a stored request whose submitter saw a failure and retries.
    try {
      tracker.status(DisclosureRequest.received("draft", applicant, channel, received, s.content().strip()), today);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("received", e.reason(), e);
    }
    DisclosureRequest r = store.register(applicant, channel, received, s.content().strip());
    Receipt v = Receipt.of(r, tracker.status(r, today));
    return Response.created(URI.create("disclosure/requests/" + URLEncoder.encode(r.id(), StandardCharsets.UTF_8))).entity(v).build();
  }

  /**
   * Returns a request's status today, when the query code (from {@code ?code=} or the
   * {@value #QUERY_CODE_HEADER} header) is the request's; 404 otherwise, the same as for an unknown id.
   */
  @GET
  @Path("{id}")
  public StatusView status(@PathParam("id") @NotBlank @Size(max = 100) String id,
      @QueryParam("code") @DefaultValue("") String code, @HeaderParam(QUERY_CODE_HEADER) @DefaultValue("") String header) {
    String given = code.isEmpty() ? header : code;
    DisclosureRequest r = store.find(id, given).orElseThrow(() -> new NotFoundException(DisclosureErrorCode.REQUEST_NOT_FOUND,
        "没有该申请，或查询码不符 / no request with this id and query code"));
    return StatusView.of(r, tracker.status(r, LocalDate.now(clock)));
  }

  static LocalDate date(String s, String field) {
    return InputDates.parse(s, field);
  }

  /**
   * A request as submitted (申请表单). The codes are looked up as {@link ApplicantType#fromCode} and
   * {@link Channel#fromCode} read them (trimmed, case ignored), not restated as patterns here. A
   * component is null when the JSON body leaves it out; Bean Validation and {@link #submit} reject
   * a missing required one with 400 naming it.
   *
   * @param applicant the applicant type code, e.g. {@code natural-person}
   * @param channel the channel code, e.g. {@code online}
   * @param content what is asked for
   * @param received the day of receipt per Art. 31, yyyy-mm-dd; empty for today
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Submission(
      @NotBlank @Nullable String applicant,
      @NotBlank @Nullable String channel,
      @NotBlank @Size(max = 4000) @Nullable String content,
      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") @Nullable String received) {}

  /**
   * A request's status as JSON shows it (办理状态视图); absent dates are empty strings.
   *
   * @param id the request id
   * @param applicant the applicant type code
   * @param received the day of receipt
   * @param state the state code, e.g. {@code open}
   * @param deadline the reply deadline in force, empty while awaiting a correction
   * @param late whether the reply is or was late
   * @param outcome the outcome code, empty until answered
   * @param lateNotices each late notice
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record StatusView(String id, String applicant, String received, String state, String deadline, boolean late,
      String outcome, List<NoticeView> lateNotices) {
    /** Rejects a null component, naming it. */
    public StatusView {
      Checks.notNull(id, "id");
      Checks.notNull(applicant, "applicant");
      Checks.notNull(received, "received");
      Checks.notNull(state, "state");
      Checks.notNull(deadline, "deadline");
      Checks.notNull(outcome, "outcome");
      Checks.notNull(lateNotices, "lateNotices");
    }

    /** Returns the view of a status. */
    public static StatusView of(DisclosureRequest r, RequestStatus s) {
      return new StatusView(r.id(), r.applicant().code(), r.received().toString(), s.state().code(),
          s.deadline().map(LocalDate::toString).orElse(""), s.late(), s.outcome().map(Outcome::code).orElse(""),
          s.lateNotices().stream().map(n -> new NoticeView(n.kind().code(), n.due().toString(),
              n.given().map(LocalDate::toString).orElse(""), n.workingDaysLate())).toList());
    }
  }

  /**
   * The receipt of a registered request (申请回执): its status, as {@link StatusView} shows it, and
   * the query code, shown this once — the applicant needs it with the id to look the request up.
   *
   * @param id the request id
   * @param queryCode the query code
   * @param applicant the applicant type code
   * @param received the day of receipt
   * @param state the state code, e.g. {@code open}
   * @param deadline the reply deadline in force, empty while awaiting a correction
   * @param late whether the reply is or was late
   * @param outcome the outcome code, empty until answered
   * @param lateNotices each late notice
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Receipt(String id, String queryCode, String applicant, String received, String state, String deadline,
      boolean late, String outcome, List<NoticeView> lateNotices) {
    /** Rejects a null component, naming it. */
    public Receipt {
      Checks.notNull(id, "id");
      Checks.notNull(queryCode, "queryCode");
      Checks.notNull(applicant, "applicant");
      Checks.notNull(received, "received");
      Checks.notNull(state, "state");
      Checks.notNull(deadline, "deadline");
      Checks.notNull(outcome, "outcome");
      lateNotices = List.copyOf(Checks.notNull(lateNotices, "lateNotices"));
    }

    /** Returns the receipt of a request just registered. */
    public static Receipt of(DisclosureRequest r, RequestStatus s) {
      StatusView v = StatusView.of(r, s);
      return new Receipt(v.id(), r.queryCode(), v.applicant(), v.received(), v.state(), v.deadline(), v.late(), v.outcome(),
          v.lateNotices());
    }

    /** Returns the status part, as a lookup shows it. */
    public StatusView status() {
      return new StatusView(id, applicant, received, state, deadline, late, outcome, lateNotices);
    }
  }

  /**
   * A late notice as JSON shows it (逾期记录).
   *
   * @param kind the notice kind code
   * @param due the last day allowed
   * @param given the day given, empty while missing
   * @param workingDaysLate working days late
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record NoticeView(String kind, String due, String given, int workingDaysLate) {
    /** Rejects a null component, naming it. */
    public NoticeView {
      Checks.notNull(kind, "kind");
      Checks.notNull(due, "due");
      Checks.notNull(given, "given");
    }
  }
}
