package org.govsite.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.govsite.core.json.GovSiteJson;

/**
 * Letters ({@code POST /api/mailbox/letters}) and 依申请公开 requests ({@code POST
 * /api/disclosure/requests}) sent to a portal on 127.0.0.1, from several client threads or one at
 * a time, recording every acknowledged (2xx) answer's id. An id that was acknowledged before (this
 * stream or the ids it was given) is recorded as reissued. Every loop is capped.
 */
final class SubmissionStream {
  /** Caps each client thread's submissions in one round. */
  static final int CAP_PER_CLIENT = 2_000;

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String tag;
  private final Set<String> earlierLetters;
  private final Set<String> earlierRequests;
  private final Map<String, String> letters = new ConcurrentHashMap<>();
  private final Map<String, String> requests = new ConcurrentHashMap<>();
  private final Map<String, Long> acknowledgedAt = new ConcurrentHashMap<>();
  private final AtomicInteger letterAnswers = new AtomicInteger();
  private final AtomicInteger requestAnswers = new AtomicInteger();
  private final List<String> reissued = Collections.synchronizedList(new ArrayList<>());
  private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stop;

  /**
   * @param tag makes each text unique (round and client)
   * @param earlierLetters the letter ids acknowledged before this stream
   * @param earlierRequests the request ids acknowledged before this stream
   */
  SubmissionStream(int port, String tag, Set<String> earlierLetters, Set<String> earlierRequests) {
    this.base = "http://127.0.0.1:" + port;
    this.tag = tag;
    this.earlierLetters = Set.copyOf(earlierLetters);
    this.earlierRequests = Set.copyOf(earlierRequests);
  }

  /** Starts this many letter clients and as many request clients, each sending until stopped or capped. */
  void start(int clientsPerKind) {
    for (int c = 0; c < clientsPerKind; c++) {
      int client = c;
      threads.add(new Thread(() -> loop(true, client), "letters-" + tag + "-" + c));
      threads.add(new Thread(() -> loop(false, client), "requests-" + tag + "-" + c));
    }
    threads.forEach(Thread::start);
  }

  private void loop(boolean letter, int client) {
    for (int i = 0; i < CAP_PER_CLIENT && !stop; i++) {
      try {
        send(letter, client + "-" + i);
      } catch (IOException e) {
        return; // the portal is gone (killed): nothing more can be acknowledged
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Sends this many letters, then this many requests, one at a time (after a restart). */
  void sendInTurn(int each) throws IOException, InterruptedException {
    for (int i = 0; i < each; i++) {
      send(true, "probe-" + i);
    }
    for (int i = 0; i < each; i++) {
      send(false, "probe-" + i);
    }
  }

  private void send(boolean letter, String n) throws IOException, InterruptedException {
    String unique = tag + "-" + n;
    String json = letter
        ? "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\",\"subject\":\"办事咨询 " + unique + "\","
            + "\"body\":\"请问营业执照怎么办理（来信 " + unique + "）\",\"name\":\"某人\",\"phone\":\"13800138004\"}"
        : "{\"applicant\":\"natural-person\",\"channel\":\"online\","
            + "\"content\":\"申请公开本县2025年道路养护资金使用情况（第 " + unique + " 件）\"}";
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base
            + (letter ? "/api/mailbox/letters" : "/api/disclosure/requests")))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() / 100 != 2) {
      refused.add(r.statusCode() + " " + r.body());
      return;
    }
    long at = System.nanoTime();
    JsonNode body = GovSiteJson.mapper().readTree(r.body());
    String id = body.path("id").asText("");
    (letter ? letterAnswers : requestAnswers).incrementAndGet();
    acknowledgedAt.put(id, at);
    boolean fresh = letter
        ? !earlierLetters.contains(id) && letters.putIfAbsent(id, body.path("queryCode").asText("")) == null
        : !earlierRequests.contains(id) && requests.putIfAbsent(id, body.path("queryCode").asText("")) == null;
    if (id.isEmpty() || !fresh) {
      reissued.add((letter ? "letter " : "request ") + id);
    }
  }

  /** Waits (at most 120 s) until this many letters and this many requests are answered with 2xx. */
  void awaitAcknowledged(int each) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while ((letterAnswers.get() < each || requestAnswers.get() < each) && refused.isEmpty()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("no " + each + " letters and requests acknowledged within 120 s");
      }
      Thread.sleep(20);
    }
  }

  /** Returns when (System.nanoTime) the id was last acknowledged. */
  long acknowledgedAt(String id) {
    return acknowledgedAt.getOrDefault(id, 0L);
  }

  /** Stops the clients and waits for them (their last sends fail once the portal is gone). */
  void stopAndJoin() throws InterruptedException {
    stop = true;
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(60));
      if (t.isAlive()) {
        throw new AssertionError(t.getName() + " did not stop");
      }
    }
  }

  /** The letters acknowledged: id → query code. */
  Map<String, String> letters() {
    return Map.copyOf(letters);
  }

  /** The request ids acknowledged. */
  Map<String, String> requests() {
    return Map.copyOf(requests);
  }

  /** The acknowledged ids that had been acknowledged before. */
  List<String> reissued() {
    synchronized (reissued) {
      return List.copyOf(reissued);
    }
  }

  /** The non-2xx answers (status and body): the traffic is meant to be all valid. */
  List<String> refused() {
    synchronized (refused) {
      return List.copyOf(refused);
    }
  }

  /** Returns whether the portal answers this letter's status with its id and query code. */
  boolean letterPresent(String id, String queryCode) throws IOException, InterruptedException {
    return found(get("/api/mailbox/letters/" + id + "?code=" + queryCode), id);
  }

  /** Returns whether the portal answers this request's status with its id and query code. */
  boolean requestPresent(String id, String queryCode) throws IOException, InterruptedException {
    return found(get("/api/disclosure/requests/" + id + "?code=" + queryCode), id);
  }

  private static boolean found(HttpResponse<String> r, String id) throws IOException {
    return r.statusCode() == 200 && id.equals(GovSiteJson.mapper().readTree(r.body()).path("id").asText());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
