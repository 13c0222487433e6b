package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/** Helpers of the review tests: find an item's form on a staff page and post a decision on it. */
final class ReviewFlow {
  private ReviewFlow() {}

  /** An item as a review page shows it: the id and the version its form carries. */
  record Shown(String id, long version) {}

  /** Finds the form of the item about {@code subject} (a letter id or an article's id) posting to {@code action}. */
  static Shown find(String html, String action, String subject) {
    Matcher m = Pattern.compile("action=\"" + Pattern.quote(action) + "/([^\"]+)\"[^>]*data-subject=\"" + Pattern.quote(subject)
        + "\"[^>]*>.*?name=\"version\" value=\"(\\d+)\"", Pattern.DOTALL).matcher(html);
    if (!m.find()) {
      throw new AssertionError("no " + action + " form for " + subject + " in:\n" + html);
    }
    return new Shown(m.group(1), Long.parseLong(m.group(2)));
  }

  /** Returns whether the page has a form for the subject posting to {@code action}. */
  static boolean has(String html, String action, String subject) {
    return Pattern.compile("action=\"" + Pattern.quote(action) + "/[^\"]+\"[^>]*data-subject=\"" + Pattern.quote(subject) + "\"")
        .matcher(html).find();
  }

  /** Opens the reviewer's queue, finds the item and approves it (with acknowledgements by rule). */
  static HttpResponse<String> approve(PortalHttp who, String subject, Map<String, String> acks) throws Exception {
    Shown s = find(queue(who), "/editor/review", subject);
    Map<String, String> form = new LinkedHashMap<>(Map.of("decision", "approve", "opinion", "同意", "version",
        String.valueOf(s.version())));
    acks.forEach((rule, reason) -> form.put(ReviewPages.ACK + rule, reason));
    return who.post("/editor/review/" + s.id(), form);
  }

  /** Approves and expects 200. */
  static String approveOk(PortalHttp who, String subject) throws Exception {
    HttpResponse<String> r = approve(who, subject, Map.of());
    assertEquals(200, r.statusCode(), r.body());
    return text(r.body());
  }

  static String queue(PortalHttp who) throws Exception {
    HttpResponse<String> r = who.get("/editor/review");
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  /** The page's text with entities decoded, for Chinese messages. */
  static String text(String html) {
    return StringEscapeUtils.unescapeHtml4(html);
  }

  static PortalHttp signedIn(int port, String name) throws Exception {
    PortalHttp h = new PortalHttp(port);
    assertEquals(303, h.signIn(name, PortalHttp.PASSWORD).statusCode(), name);
    return h;
  }
}
