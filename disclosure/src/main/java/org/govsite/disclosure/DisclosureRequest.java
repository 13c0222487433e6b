package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.QueryCodes;
import org.govsite.core.support.Checks;
import org.govsite.disclosure.RequestEvent.Type;

/**
 * A 依申请公开 request (政府信息公开申请): who asked, how, when it was received (条例 第31条),
 * what for, and its history of events in date order.
 *
 * @param id the agency's reference
 * @param applicant the applicant type (the annual report's column)
 * @param channel how it arrived
 * @param received the day of receipt per Art. 31
 * @param content what was asked for (may be empty when only statistics are kept)
 * @param events the history, in date order, none before receipt, nothing after the answer or withdrawal
 * @param queryCode the applicant's query code (查询码, {@link QueryCodes}), issued at registration
 *     ({@link RequestStore#register}) and needed with the id to see the status; empty for a request
 *     registered without one (imported, or stored before codes existed), which no public lookup finds
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DisclosureRequest(String id, ApplicantType applicant, Channel channel, LocalDate received,
    String content, List<RequestEvent> events, String queryCode) {
  /** Checks the parts and that the history is coherent. */
  public DisclosureRequest {
    Checks.argument(id != null && !id.isBlank() && id.length() <= 100, "id", "编号不能为空且不超过100字", "the id must be 1–100 characters");
    Checks.notNull(applicant, "applicant");
    Checks.notNull(channel, "channel");
    Checks.notNull(received, "received");
    Checks.notNull(content, "content");
    events = List.copyOf(Checks.notNull(events, "events"));
    Checks.notNull(queryCode, "queryCode");
    Checks.argument(queryCode.length() <= MAX_QUERY_CODE_LENGTH, "queryCode", "查询码过长", "the query code is longer than "
        + MAX_QUERY_CODE_LENGTH + " characters");
    checkHistory(received, events);
  }

  /** The longest query code a request keeps (the JDBC column's width); issued codes are {@link QueryCodes#LENGTH}. */
  public static final int MAX_QUERY_CODE_LENGTH = 64;

  /** Creates a request without a query code (imported, or kept for statistics only). */
  public DisclosureRequest(String id, ApplicantType applicant, Channel channel, LocalDate received, String content,
      List<RequestEvent> events) {
    this(id, applicant, channel, received, content, events, "");
  }

  /** Returns a request without events and without a query code. */
  public static DisclosureRequest received(String id, ApplicantType applicant, Channel channel, LocalDate received, String content) {
    return new DisclosureRequest(id, applicant, channel, received, content, List.of());
  }

  /** Returns this request with one more event at the end of its history. */
  public DisclosureRequest with(RequestEvent event) {
    Checks.notNull(event, "event");
    java.util.ArrayList<RequestEvent> all = new java.util.ArrayList<>(events);
    all.add(event);
    return new DisclosureRequest(id, applicant, channel, received, content, all, queryCode);
  }

  /** Returns this request with a query code ({@link QueryCodes#next()} for a fresh one). */
  public DisclosureRequest withQueryCode(String code) {
    return new DisclosureRequest(id, applicant, channel, received, content, events, code);
  }

  /** Returns whether a code someone gave is this request's ({@link QueryCodes#matches}: constant time; never for an empty code). */
  public boolean queryCodeMatches(String given) {
    return QueryCodes.matches(queryCode, given);
  }

  /** Names the request without its content or query code, which are the applicant's. */
  @Override
  public String toString() {
    return "DisclosureRequest[id=" + id + ", applicant=" + applicant.code() + ", channel=" + channel.code()
        + ", received=" + received + ", events=" + events + "]";
  }

  /**
   * Reads a JSON array of requests: {@code [{"id", "applicant", "channel", "received", "content"?,
   * "events": [{"type", "at", "outcome"?, "days"?}]}]}.
   *
   * @throws org.govsite.core.DataFormatException naming the source, line and field at fault
   */
  public static List<DisclosureRequest> listFromJson(String source, InputStream json) {
    Checks.notNull(source, "source");
    return RequestJson.read(source, Checks.notNull(json, "json"));
  }

  private static void checkHistory(LocalDate received, List<RequestEvent> events) {
    LocalDate prev = received;
    boolean correctionRequested = false;
    boolean corrected = false;
    boolean consulting = false;
    boolean extended = false;
    boolean closed = false;
    for (int i = 0; i < events.size(); i++) {
      RequestEvent e = events.get(i);
      String f = "events[" + i + "]";
      Checks.argument(e != null, f, "不能为空", "must not be null");
      if (e.date().isBefore(prev)) {
        throw new InvalidInputException(f + ".at", "事件须按日期顺序且不早于收到日期 / events must be in date order and not before receipt: " + e.date());
      }
      prev = e.date();
      Checks.argument(!closed, f, "答复或撤回之后不能再有事件", "nothing can follow the answer or withdrawal");
      Type t = e.type();
      switch (t) {
        case CORRECTION_REQUESTED -> {
          Checks.argument(!correctionRequested, f + ".type", "第30条：补正只能一次", "Art. 30 allows one correction notice");
          correctionRequested = true;
        }
        case CORRECTED -> {
          Checks.argument(correctionRequested && !corrected, f + ".type", "补正须在补正通知之后且只有一次",
              "a correction follows the one correction notice");
          corrected = true;
        }
        case CONSULTATION_STARTED -> {
          Checks.argument(!consulting, f + ".type", "上一次征求意见尚未结束", "the previous consultation has not ended");
          consulting = true;
        }
        case CONSULTATION_ENDED -> {
          Checks.argument(consulting, f + ".type", "没有进行中的征求意见", "no consultation is under way");
          consulting = false;
        }
        case EXTENDED -> {
          Checks.argument(!extended, f + ".type", "第33条：只能延期一次", "Art. 33 allows one extension");
          extended = true;
        }
        case ANSWERED, WITHDRAWN -> closed = true;
        default -> throw new IllegalStateException(t.toString());
      }
    }
  }
}
