package org.govsite.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What every database behind {@link IndexNumberAllocator} must guarantee; subclasses supply the database. */
abstract class AllocatorContract {
  static final int THREADS = 16;
  static final int PER_THREAD = 40;

  /** Returns a data source on the database under test; each call may be a fresh one (a restart). */
  abstract DataSource dataSource();

  /** Returns a table name that no other test uses. */
  abstract String table(String name);

  IndexNumberAllocator allocator(String table, IndexNumberScheme scheme) {
    return IndexNumberAllocator.builder(dataSource()).table(table).scheme(scheme).build();
  }

  @Test
  void sixteenThreadsGetEveryNumberOnceWithoutGaps() throws Exception {
    IndexNumberAllocator a = allocator(table("concurrent"), IndexNumberScheme.govCn());
    ConcurrentLinkedQueue<IndexNumber> got = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        // Half the threads also start a second sequence, so first inserts race too.
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

  @Test
  void sequencesAreSeparatePerOrganisationYearAndPerCategoryYear() {
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

  @Test
  void aRestartContinuesWhereItStopped() {
    String t = table("restart");
    IndexNumberAllocator first = allocator(t, IndexNumberScheme.govCn());
    for (int i = 0; i < 5; i++) {
      first.allocate("000014349", "", 2025);
    }
    IndexNumberAllocator second = allocator(t, IndexNumberScheme.govCn());
    assertEquals(6, second.allocate("000014349", "", 2025).serial());
  }

  @Test
  void anExhaustedSequenceFailsWithoutSkipping() {
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

  @Test
  void insideTheCallersTransactionARollbackReturnsTheNumber() throws Exception {
    IndexNumberAllocator a = allocator(table("tx"), IndexNumberScheme.govCn());
    assertEquals(1, a.allocate("000014349", "", 2025).serial());
    try (java.sql.Connection c = dataSource().getConnection()) {
      c.setAutoCommit(false);
      assertEquals(2, a.allocate(c, "000014349", "", 2025).serial());
      c.rollback();
      assertEquals(2, a.allocate(c, "000014349", "", 2025).serial());
      c.commit();
    }
    assertEquals(3, a.allocate("000014349", "", 2025).serial());
  }

  @Test
  void badInputNamesTheField() {
    IndexNumberAllocator a = allocator(table("bad"), IndexNumberScheme.govCn());
    assertEquals("organisation", assertThrows(InvalidInputException.class, () -> a.allocate("123", "", 2025)).field());
    assertEquals("year", assertThrows(InvalidInputException.class, () -> a.allocate("000014349", "", 25)).field());
    assertEquals("table", assertThrows(InvalidInputException.class,
        () -> IndexNumberAllocator.builder(dataSource()).table("x; DROP TABLE y")).field());
  }
}
