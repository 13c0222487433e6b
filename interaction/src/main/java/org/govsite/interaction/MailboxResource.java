package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotNull;
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
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.FieldError;
import org.govsite.core.support.Checks;

/**
 * The mailbox's JAX-RS resource (信箱接口): submit a letter, see its status with the id and query
 * code, list published letters page by page in their masked public form ({@link PublicView}).
 * Nothing here lists letters that are not published: staff queues belong behind the host's sign-in. Register it in the portal's JAX-RS application with
 * core's {@link org.govsite.core.web.ErrorMappingFeature}, which answers every failure with the one
 * error body; JSON binding comes from the container's provider.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Path("mailbox")
@Produces(MediaType.APPLICATION_JSON)
public class MailboxResource {
  /** The header that may carry the query code instead of {@code ?code=}. */
  public static final String QUERY_CODE_HEADER = "X-Query-Code";

  private final Mailbox mailbox;
  private final Clock clock;

  /** Creates the resource over a mailbox service, stamping submissions with the system clock. */
  public MailboxResource(Mailbox mailbox) {
    this(mailbox, Clock.systemDefaultZone());
  }

  /** Creates the resource with the clock that stamps submissions (for tests). */
  public MailboxResource(Mailbox mailbox, Clock clock) {
    this.mailbox = Checks.notNull(mailbox, "mailbox");
    this.clock = Checks.notNull(clock, "clock");
  }

  /**
   * The receipt for a submission (受理回执): what the writer needs to follow the letter up.
   *
   * @param id the letter's id
   * @param queryCode the query code
   * @param received when it was received
   * @param deadline the reply deadline (yyyy-mm-dd)
   * @param possibleDuplicate true when it resembles one of the writer's recent letters
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Receipt(String id, String queryCode, String received, String deadline, boolean possibleDuplicate) {
    /** Rejects a null component, naming it. */
    public Receipt {
      Checks.notNull(id, "id");
      Checks.notNull(queryCode, "queryCode");
      Checks.notNull(received, "received");
      Checks.notNull(deadline, "deadline");
    }
  }

  /**
   * Submits a letter: 201 with the receipt, or 400 with the field errors. The submission is checked
   * with the mailbox's own {@link SubmissionRules}, not by the container ({@code @Valid} would apply
   * {@link SubmissionValidator}'s defaults instead of the site's limits).
   */
  @POST
  @Path("letters")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(@NotNull Submission submission) {
    Letter l = mailbox.submit(Checks.notNull(submission, "submission"), LocalDateTime.now(clock));
    Receipt r = new Receipt(l.id(), l.queryCode(), l.received().toString(), mailbox.tracker().deadline(l).date().toString(),
        !l.duplicates().isEmpty());
    return Response.created(URI.create("mailbox/letters/" + l.id())).entity(r).build();
  }

  /**
   * Returns a letter's status when the query code ({@code ?code=}, or the {@value #QUERY_CODE_HEADER}
   * header, which stays out of access logs) matches; 404 otherwise, the same for an unknown id and a
   * wrong or missing code, to leak nothing.
   */
  @GET
  @Path("letters/{id}")
  public LetterStatus status(@PathParam("id") String id, @QueryParam("code") @DefaultValue("") String code,
      @HeaderParam(QUERY_CODE_HEADER) @DefaultValue("") String header) {
    return mailbox.status(id, code.isEmpty() ? header : code).orElseThrow(() -> new LetterNotFoundException(id));
  }

  /** Lists published letters, newest first, in their public masked form. */
  @GET
  @Path("published")
  public PublishedPage published(@QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return mailbox.published(page, size);
  }

  /** Returns the field errors of a submission without storing it (for forms that check as the writer types). */
  @POST
  @Path("letters/check")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<FieldError> check(Submission submission) {
    return mailbox.validate(Checks.notNull(submission, "submission"));
  }
}
