package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.disclosure.DisclosureErrorCode;
import org.govsite.disclosure.IndexNumber;
import org.govsite.disclosure.IndexNumberAllocator;
import org.govsite.disclosure.IndexNumberScheme;
import org.govsite.disclosure.SerialScope;
import org.junit.jupiter.api.Test;

/**
 * What a database behind {@link IndexNumberAllocator} must guarantee (索引号分配契约), as JUnit 5
 * tests: extend this class and return a data source on the database from {@link #dataSource()}.
 * Run it before putting the allocator on a database GovSite is not tested on (a PostgreSQL-compatible
 * server, a database proxy, a new driver version).
 *
 * <pre>{@code
 * class OpenGaussAllocatorTest extends IndexNumberAllocatorContract {
 *   @RegisterExtension
 *   static final DatabaseExtension db = DatabaseExtension.postgres("jdbc:postgresql://og:5432/portal", "test", "…");
 *
 *   @Override
 *   protected DataSource dataSource() {
 *     return db.dataSource();
 *   }
 * }
 * }</pre>
 *
 * <p>What it checks: sixteen threads allocating at once get every serial once, without gaps;
 * sequences are separate per organisation and year (or per category and year); a new allocator on
 * the same table continues where the last one stopped; an exhausted sequence fails without skipping;
 * inside the caller's transaction a rollback returns the number; bad input names its field. Each
 * test uses its own table (see {@link #table(String)}), so one database may serve the whole class.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class IndexNumberAllocatorContract {
  private static final int THREADS = 16;
  private static final int PER_THREAD = 40;

  /** For subclasses. */
  protected IndexNumberAllocatorContract() {}

  /** Returns a data source on the database under test; each call may return a new one, as after a restart. */
  protected abstract DataSource dataSource();

  /**
   * Returns the table a test allocates from, given a name no other test of the contract uses
   * (default {@code serial_<name>}). Override it to put the tables in a schema of your choice.
   */
  protected String table(String name) {
    return "serial_" + name;
  }

  private IndexNumberAllocator allocator(String table, IndexNumberScheme scheme) {
    return IndexNumberAllocator.builder(dataSource()).table(table).scheme(scheme).build();
  }

  /** Sixteen threads allocating in two sequences at once get every serial exactly once, from 1 without gaps. */
  @Test
  public final void sixteenThreadsGetEveryNumberOnceWithoutGaps() throws Exception {
    IndexNumberAllocator a = allocator(table("concurrent"), IndexNumberScheme.govCn());
    ConcurrentLinkedQueue<IndexNumber> got = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        // Half the threads start a second sequence, so the first inserts of a sequence race too.
        String org = t % 2 == 0 ? "000014349" : "11441700X";
        Callable<Void> job = () -> {
          start.await();
          for (int i = 0; i < PER_THREAD; i++) {
            got.add(a.allocate(org, "", 2025));
          }
          return null;
        };
        fs.add(pool.submit(job));
      }
      start.countDown();
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (String org : List.of("000014349", "11441700X")) {
      long[] serials = got.stream().filter(n -> n.organisation().equals(org)).mapToLong(IndexNumber::serial).sorted().toArray();
      assertEquals(THREADS / 2 * PER_THREAD, serials.length, org);
      assertEquals(LongStream.rangeClosed(1, serials.length).boxed().toList(), LongStream.of(serials).boxed().toList(),
          "duplicates or gaps for " + org);
      assertEquals(serials.length, a.lastSerial(org, "", 2025));
    }
  }

  /** Serials count per organisation and year, or per organisation, category and year when the scheme says so. */
  @Test
  public final void sequencesAreSeparatePerOrganisationYearAndPerCategoryYear() {
    IndexNumberAllocator a = allocator(table("scopes"), IndexNumberScheme.govCn());
    assertEquals("000014349/2025-00001", a.allocateText("000014349", "", 2025));
    assertEquals("000014349/2025-00002", a.allocateText("000014349", "", 2025));
    assertEquals("000014349/2026-00001", a.allocateText("000014349", "", 2026));
    assertEquals("00001435X/2025-00001", a.allocateText("00001435X", "", 2025));
    IndexNumberScheme byCategory = IndexNumberScheme.builder().organisation(9).separator("/").category(2).separator("/")
        .year().separator("-").serial(4).scope(SerialScope.CATEGORY_YEAR).build();
    IndexNumberAllocator c = allocator(table("categories"), byCategory);
    assertEquals("000014349/01/2025-0001", c.allocateText("000014349", "01", 2025));
    assertEquals("000014349/02/2025-0001", c.allocateText("000014349", "02", 2025));
    assertEquals("000014349/01/2025-0002", c.allocateText("000014349", "01", 2025));
  }

  /** A new allocator on the same table (a restart) continues after the last serial given. */
  @Test
  public final void aRestartContinuesWhereItStopped() {
    String t = table("restart");
    IndexNumberAllocator first = allocator(t, IndexNumberScheme.govCn());
    for (int i = 0; i < 5; i++) {
      first.allocate("000014349", "", 2025);
    }
    IndexNumberAllocator second = allocator(t, IndexNumberScheme.govCn());
    assertEquals(6, second.allocate("000014349", "", 2025).serial());
  }

  /**
   * Two allocators on the same table at once (two portal instances on one database, or a restart
   * while the old process still finishes) never hand out the same serial, and leave no gap.
   */
  @Test
  public final void twoAllocatorsOnOneDatabaseNeverShareASerial() throws Exception {
    String t = table("two_instances");
    List<IndexNumberAllocator> both = List.of(allocator(t, IndexNumberScheme.govCn()), allocator(t, IndexNumberScheme.govCn()));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Long>>> fs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        IndexNumberAllocator a = both.get(i % 2);
        fs.add(pool.submit(() -> {
          List<Long> got = new ArrayList<>();
          for (int n = 0; n < 25; n++) {
            got.add(a.allocate("000014349", "", 2025).serial());
          }
          return got;
        }));
      }
      java.util.TreeSet<Long> seen = new java.util.TreeSet<>();
      for (Future<List<Long>> f : fs) {
        for (long serial : f.get(60, java.util.concurrent.TimeUnit.SECONDS)) {
          assertTrue(seen.add(serial), "serial handed out twice: " + serial);
        }
      }
      assertEquals(100, seen.size());
      assertEquals(100L, seen.last(), "no gap: 1..100");
    } finally {
      pool.shutdownNow();
    }
  }

  /** When the serial's digits run out the allocator fails, and the last serial stays the last one given. */
  @Test
  public final void anExhaustedSequenceFailsWithoutSkipping() {
    IndexNumberScheme tiny = IndexNumberScheme.builder().organisation(9).separator("-").year().separator("-").serial(1).build();
    IndexNumberAllocator a = allocator(table("tiny"), tiny);
    for (int i = 1; i <= 9; i++) {
      assertEquals(i, a.allocate("000014349", "", 2025).serial());
    }
    GovSiteException e = assertThrows(GovSiteException.class, () -> a.allocate("000014349", "", 2025));
    assertEquals(DisclosureErrorCode.INDEX_SERIAL_EXHAUSTED, e.code());
    assertEquals(org.govsite.core.ErrorCategory.CONFLICT, e.category());
    assertEquals(9, a.lastSerial("000014349", "", 2025));
  }

  /** Inside the caller's transaction, a rollback gives the number back: nothing is skipped. */
  @Test
  public final void insideTheCallersTransactionARollbackReturnsTheNumber() throws Exception {
    IndexNumberAllocator a = allocator(table("tx"), IndexNumberScheme.govCn());
    assertEquals(1, a.allocate("000014349", "", 2025).serial());
    try (Connection c = dataSource().getConnection()) {
      c.setAutoCommit(false);
      assertEquals(2, a.allocate(c, "000014349", "", 2025).serial());
      c.rollback();
      assertEquals(2, a.allocate(c, "000014349", "", 2025).serial());
      c.commit();
    }
    assertEquals(3, a.allocate("000014349", "", 2025).serial());
  }

  /** Bad input is an {@link InvalidInputException} naming the field. */
  @Test
  public final void badInputNamesTheField() {
    IndexNumberAllocator a = allocator(table("bad"), IndexNumberScheme.govCn());
    assertEquals("organisation", assertThrows(InvalidInputException.class, () -> a.allocate("123", "", 2025)).field());
    assertEquals("year", assertThrows(InvalidInputException.class, () -> a.allocate("000014349", "", 25)).field());
    assertEquals("table", assertThrows(InvalidInputException.class,
        () -> IndexNumberAllocator.builder(dataSource()).table("x; DROP TABLE y")).field());
  }
}
