package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.QueryCodes;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Channel;
import org.govsite.disclosure.DisclosureErrorCode;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.RequestEvent;
import org.govsite.disclosure.RequestEvent.Type;
import org.govsite.disclosure.RequestStore;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link RequestStore} must have (依申请公开登记簿契约), as JUnit 5 tests: extend
 * this class, return a fresh store from {@link #newStore()}, and run it like any test class.
 *
 * <pre>{@code
 * class JdbcRequestStoreTest extends RequestStoreContract {
 *   @RegisterExtension
 *   final DatabaseExtension db = DatabaseExtension.h2();   // a fresh database per test
 *
 *   @Override
 *   protected RequestStore newStore() {
 *     return new MyJdbcRequestStore(db.dataSource());
 *   }
 * }
 * }</pre>
 *
 * <p>What it checks: a request comes back equal in every field and event, whatever its applicant
 * type, channel and outcome (so the deadlines computed from a stored request are the ones computed
 * from the original); {@code all()} keeps the order of adding; a taken id is refused with
 * {@link DisclosureErrorCode#REQUEST_EXISTS} and an unknown one reported with {@link DisclosureErrorCode#REQUEST_NOT_FOUND};
 * an event that breaks the history rules of 条例 第30–33条 is refused and changes nothing;
 * {@code nextId} never hands out an id that is taken or was handed out before; and clerks working
 * at the same time never lose a request or an event. The tests are {@code final}: a store passes
 * the whole contract or it does not.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class RequestStoreContract {
  private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 30);

  /** For subclasses. */
  protected RequestStoreContract() {}

  /**
   * Returns a new, empty store. Called once per test, after the test's {@code @BeforeEach}
   * methods and extensions, so the store may live in a database made for that test.
   */
  protected abstract RequestStore newStore();

  /**
   * Returns a second store on the same data as {@code store}, as after a restart or from a second
   * portal instance on one database. A store that keeps nothing beyond its own object (in memory)
   * returns {@code store} itself.
   */
  protected RequestStore sameData(RequestStore store) {
    return store;
  }

  private static DisclosureRequest request(String id, RequestEvent... events) {
    return new DisclosureRequest(id, ApplicantType.NATURAL_PERSON, Channel.ONLINE, RECEIVED, "某某项目的批复文件", List.of(events));
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  /** A request with every kind of event, a long id and text beyond the Basic Multilingual Plane comes back equal. */
  @Test
  public final void aRequestComesBackEqualInEveryFieldAndEvent() {
    RequestStore s = newStore();
    String longId = "依申请公开-" + "甲".repeat(94);
    DisclosureRequest full = new DisclosureRequest(longId, ApplicantType.LEGAL_SERVICE, Channel.POST, RECEIVED,
        "关于𠀋村道路硬化项目的立项批复、资金来源和验收报告\n第二行", List.of(
            RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-10")),
            RequestEvent.of(Type.CORRECTED, d("2025-10-15")),
            RequestEvent.of(Type.CONSULTATION_STARTED, d("2025-10-20")),
            RequestEvent.of(Type.CONSULTATION_ENDED, d("2025-10-24")),
            RequestEvent.extended(d("2025-11-10"), 15),
            RequestEvent.answered(d("2025-11-28"), Outcome.PARTIAL))).withQueryCode(QueryCodes.next());
    DisclosureRequest legacy = new DisclosureRequest("R-2019", ApplicantType.RESEARCH, Channel.FAX, d("2019-05-14"), "",
        List.of(RequestEvent.extended(d("2019-05-20"), 0), RequestEvent.of(Type.WITHDRAWN, d("2019-06-03"))));
    assertEquals(full, s.add(full));
    assertEquals(legacy, s.add(legacy));
    assertEquals(full, s.find(longId).orElseThrow());
    assertEquals(legacy, s.find("R-2019").orElseThrow());
    assertEquals(List.of(full, legacy), s.all());
  }

  /**
   * {@code register} gives a fresh id and a fresh {@link QueryCodes} code; the applicant's lookup
   * {@code find(id, code)} finds the request with its code only (case ignored), never with a wrong,
   * empty or another request's code, nor a request stored without a code; the code survives events
   * and a restart.
   */
  @Test
  public final void registerIssuesAQueryCodeThatAloneOpensTheRequest() {
    RequestStore s = newStore();
    DisclosureRequest a = s.register(ApplicantType.NATURAL_PERSON, Channel.ONLINE, RECEIVED, "申请公开道路养护资金");
    DisclosureRequest b = s.register(ApplicantType.BUSINESS, Channel.ONLINE, RECEIVED, "申请公开招标文件");
    DisclosureRequest none = s.add(request("R-NO-CODE"));
    assertTrue(QueryCodes.isWellFormed(a.queryCode()), a.queryCode());
    assertNotEquals(a.queryCode(), b.queryCode());
    assertEquals(a, s.find(a.id()).orElseThrow());
    assertEquals(Optional.of(a), s.find(a.id(), a.queryCode()));
    assertEquals(Optional.of(a), s.find(a.id(), a.queryCode().toLowerCase(Locale.ROOT)));
    assertEquals(Optional.empty(), s.find(a.id(), b.queryCode()));
    assertEquals(Optional.empty(), s.find(a.id(), ""));
    assertEquals(Optional.empty(), s.find("YSQ-2025-999999", a.queryCode()));
    assertEquals(Optional.empty(), s.find(none.id(), ""), "a request without a code has no public lookup");
    DisclosureRequest answered = s.append(a.id(), RequestEvent.answered(d("2025-10-20"), Outcome.DISCLOSED));
    assertEquals(a.queryCode(), answered.queryCode());
    assertEquals(Optional.of(answered), sameData(s).find(a.id(), a.queryCode()));
    assertFalse(a.toString().contains(a.queryCode()), "toString keeps the code out of logs");
  }

  /** Every applicant type, channel and outcome survives the round trip (a store that maps codes must know them all). */
  @Test
  public final void everyApplicantTypeChannelAndOutcomeComesBack() {
    RequestStore s = newStore();
    List<DisclosureRequest> added = new ArrayList<>();
    Outcome[] outcomes = Outcome.values();
    for (int i = 0; i < outcomes.length; i++) {
      ApplicantType applicant = ApplicantType.values()[i % ApplicantType.values().length];
      Channel channel = Channel.values()[i % Channel.values().length];
      DisclosureRequest r = new DisclosureRequest("R" + i, applicant, channel, RECEIVED, "申请" + i,
          List.of(RequestEvent.answered(RECEIVED.plusDays(i), outcomes[i])));
      s.add(r);
      added.add(r);
    }
    for (DisclosureRequest r : added) {
      assertEquals(r, s.find(r.id()).orElseThrow());
    }
    assertEquals(added, s.all());
  }

  /** An empty store has no requests; an unknown id is empty on {@code find} and {@link DisclosureErrorCode#REQUEST_NOT_FOUND} on {@code append}. */
  @Test
  public final void anUnknownIdIsEmptyOrNotFound() {
    RequestStore s = newStore();
    assertEquals(List.of(), s.all());
    assertTrue(s.find("nope").isEmpty());
    GovSiteException e = assertThrows(GovSiteException.class,
        () -> s.append("nope", RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-10"))));
    assertEquals(DisclosureErrorCode.REQUEST_NOT_FOUND, e.code());
    assertEquals(List.of(), s.all());
  }

  /** A second request with a taken id is refused with {@link DisclosureErrorCode#REQUEST_EXISTS}; the first one stays as it was. */
  @Test
  public final void aTakenIdIsRefusedAndTheFirstRequestKept() {
    RequestStore s = newStore();
    DisclosureRequest first = request("R1");
    s.add(first);
    DisclosureRequest other = new DisclosureRequest("R1", ApplicantType.BUSINESS, Channel.IN_PERSON, RECEIVED, "另一份申请", List.of());
    GovSiteException e = assertThrows(GovSiteException.class, () -> s.add(other));
    assertEquals(DisclosureErrorCode.REQUEST_EXISTS, e.code());
    assertEquals(first, s.find("R1").orElseThrow());
    assertEquals(List.of(first), s.all());
  }

  /** {@code append} adds one event at the end, returns the updated request, and {@code all()} keeps the order of adding. */
  @Test
  public final void appendAddsOneEventAndKeepsTheOrderOfAdding() {
    RequestStore s = newStore();
    DisclosureRequest a = s.add(request("A"));
    DisclosureRequest b = s.add(request("B"));
    RequestEvent correction = RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-10"));
    DisclosureRequest updated = s.append("A", correction);
    assertEquals(a.with(correction), updated);
    s.append("A", RequestEvent.of(Type.CORRECTED, d("2025-10-15")));
    DisclosureRequest answered = s.append("A", RequestEvent.answered(d("2025-10-20"), Outcome.UNAVAILABLE_STILL_UNCLEAR));
    assertEquals(List.of(Type.CORRECTION_REQUESTED, Type.CORRECTED, Type.ANSWERED),
        answered.events().stream().map(RequestEvent::type).toList());
    assertEquals(answered, s.find("A").orElseThrow());
    assertEquals(List.of(answered, b), s.all(), "all() is in the order of adding, not of the last change");
  }

  /**
   * An event that breaks the history rules (before receipt, out of date order, a second correction
   * notice, anything after the answer) is an {@link InvalidInputException}, and the stored request
   * does not change.
   */
  @Test
  public final void anEventThatBreaksTheHistoryIsRefusedAndNothingChanges() {
    RequestStore s = newStore();
    s.add(request("R1", RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-10")), RequestEvent.of(Type.CORRECTED, d("2025-10-15"))));
    DisclosureRequest before = s.find("R1").orElseThrow();
    for (RequestEvent bad : List.of(
        RequestEvent.of(Type.CONSULTATION_STARTED, d("2025-10-14")),
        RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-20")),
        RequestEvent.of(Type.CONSULTATION_ENDED, d("2025-10-20")))) {
      assertThrows(InvalidInputException.class, () -> s.append("R1", bad), bad.toString());
      assertEquals(before, s.find("R1").orElseThrow(), "unchanged after " + bad);
    }
    s.append("R1", RequestEvent.answered(d("2025-11-03"), Outcome.DISCLOSED));
    DisclosureRequest answered = s.find("R1").orElseThrow();
    assertThrows(InvalidInputException.class, () -> s.append("R1", RequestEvent.of(Type.WITHDRAWN, d("2025-11-04"))));
    assertEquals(answered, s.find("R1").orElseThrow());
  }

  /** {@code nextId} hands out ids that are valid, new each time, and never one already taken, even by hand. */
  @Test
  public final void nextIdIsFreshEvenAfterIdsWereTakenByHand() {
    RequestStore s = newStore();
    // The in-memory store's own form: a store must not hand these out again.
    for (int i = 1; i <= 3; i++) {
      s.add(request(String.format("YSQ-2025-%06d", i)));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      String id = s.nextId(RECEIVED);
      assertTrue(seen.add(id), "handed out twice: " + id);
      assertTrue(s.find(id).isEmpty(), "already taken: " + id);
      if (i % 2 == 0) {
        s.add(request(id)); // a valid request id (1–100 characters), accepted by add
      }
    }
    assertEquals(13, s.all().size());
  }

  /**
   * A second store on the same data (a restart, or a second instance) sees every request and
   * never hands out a number the first one handed out, even when both hand out numbers at once.
   */
  @Test
  public final void nextIdNeverRepeatsAcrossTwoStoresOnTheSameData() throws Exception {
    RequestStore first = newStore();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      String id = first.nextId(RECEIVED);
      assertTrue(seen.add(id), "handed out twice: " + id);
      if (i % 2 == 0) {
        first.add(request(id));
      }
    }
    String unused = first.nextId(RECEIVED); // handed out, never added: still never handed out again
    seen.add(unused);
    RequestStore second = sameData(first);
    assertEquals(first.all(), second.all(), "the second store sees what the first one added");
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> fs = new ArrayList<>();
      for (RequestStore s : List.of(first, second, first, second)) {
        Callable<List<String>> clerk = () -> {
          go.await();
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < 10; i++) {
            String id = s.nextId(RECEIVED);
            s.add(request(id));
            ids.add(id);
          }
          return ids;
        };
        fs.add(pool.submit(clerk));
      }
      go.countDown();
      for (Future<List<String>> f : fs) {
        for (String id : f.get(60, TimeUnit.SECONDS)) {
          assertTrue(seen.add(id), "handed out twice: " + id);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(43, second.all().size());
    assertEquals(first.all(), second.all());
  }

  /** Eight clerks registering requests at once get distinct ids and every request is kept once. */
  @Test
  public final void clerksRegisteringAtOnceGetDistinctIdsAndLoseNothing() throws Exception {
    RequestStore s = newStore();
    int clerks = 8;
    int each = 10;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clerks);
    List<Future<List<String>>> results = new ArrayList<>();
    try {
      for (int c = 0; c < clerks; c++) {
        Callable<List<String>> clerk = () -> {
          go.await();
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            String id = s.nextId(RECEIVED);
            s.add(request(id));
            ids.add(id);
          }
          return ids;
        };
        results.add(pool.submit(clerk));
      }
      go.countDown();
      Set<String> ids = new HashSet<>();
      for (Future<List<String>> f : results) {
        ids.addAll(f.get(60, TimeUnit.SECONDS));
      }
      assertEquals(clerks * each, ids.size(), "ids handed out twice");
      List<String> stored = s.all().stream().map(DisclosureRequest::id).toList();
      assertEquals(clerks * each, stored.size());
      assertEquals(ids, new HashSet<>(stored));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Two clerks append to one request at the same moment, ten times over. When both events fit
   * the history, every append that returned is in it (no lost update); when they conflict (two
   * correction notices, Art. 30 allows one), exactly one is kept and the other fails with a
   * {@link GovSiteException}.
   */
  @Test
  public final void twoClerksAppendingAtOnceNeverLoseAnEvent() throws Exception {
    RequestStore s = newStore();
    for (int round = 0; round < 10; round++) {
      String both = "B" + round;
      s.add(request(both));
      List<Append> r = race(s, both, RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-10")),
          RequestEvent.of(Type.CONSULTATION_STARTED, d("2025-10-10")));
      List<Type> stored = s.find(both).orElseThrow().events().stream().map(RequestEvent::type).toList();
      for (Append o : r) {
        if (o.appended()) {
          assertTrue(stored.contains(o.event().type()), "an append that returned was lost: " + o.event() + ", stored " + stored);
        }
      }
      assertEquals(r.stream().filter(Append::appended).count(), stored.size(), "stored " + stored);

      String one = "O" + round;
      s.add(request(one));
      List<Append> c = race(s, one, RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-10")),
          RequestEvent.of(Type.CORRECTION_REQUESTED, d("2025-10-11")));
      assertEquals(1, c.stream().filter(Append::appended).count(), "exactly one correction notice is kept");
      assertEquals(1, s.find(one).orElseThrow().events().size());
    }
  }

  /** What one clerk's append came to. */
  private record Append(RequestEvent event, boolean appended) {}

  private static List<Append> race(RequestStore s, String id, RequestEvent first, RequestEvent second) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (RequestEvent e : List.of(first, second)) {
        Callable<Void> clerk = () -> {
          go.await();
          s.append(id, e);
          return null;
        };
        fs.add(pool.submit(clerk));
      }
      go.countDown();
      List<Append> outcomes = new ArrayList<>();
      List<RequestEvent> events = List.of(first, second);
      for (int i = 0; i < 2; i++) {
        try {
          fs.get(i).get(30, TimeUnit.SECONDS);
          outcomes.add(new Append(events.get(i), true));
        } catch (ExecutionException e) {
          assertTrue(e.getCause() instanceof GovSiteException, "a failed append is a GovSiteException, got " + e.getCause());
          outcomes.add(new Append(events.get(i), false));
        }
      }
      assertFalse(outcomes.stream().noneMatch(Append::appended), "at least one append succeeds");
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
