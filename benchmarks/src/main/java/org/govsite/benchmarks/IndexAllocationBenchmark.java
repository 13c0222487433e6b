package org.govsite.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.govsite.disclosure.IndexNumber;
import org.govsite.disclosure.IndexNumberAllocator;
import org.govsite.disclosure.IndexNumberScheme;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Allocation rate of 索引号 on an embedded H2 (pooled connections), one thread and four, beside
 * H2's own sequence — faster, but it may skip numbers on rollback, which a catalogue must not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IndexAllocationBenchmark {
  JdbcConnectionPool pool;
  IndexNumberAllocator allocator;

  @Setup
  public void setUp() throws SQLException {
    pool = JdbcConnectionPool.create("jdbc:h2:mem:alloc_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    pool.setMaxConnections(16);
    IndexNumberScheme scheme = IndexNumberScheme.builder().organisation(9).separator("/").year().separator("-").serial(12).build();
    allocator = IndexNumberAllocator.builder(pool).scheme(scheme).build();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SEQUENCE peer_seq");
    }
  }

  @TearDown
  public void tearDown() throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
    pool.dispose();
  }

  /** GovSite: gap-free allocation, one committed row update per number. */
  @Benchmark
  public IndexNumber govsite() {
    return allocator.allocate("000014349", "", 2025);
  }

  /** GovSite with four threads on the same sequence (row-lock contention). */
  @Benchmark
  @Threads(4)
  public IndexNumber govsiteFourThreads() {
    return allocator.allocate("000014349", "", 2025);
  }

  /** Peer: H2's sequence, which may leave gaps. */
  @Benchmark
  public long h2Sequence() throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT NEXT VALUE FOR peer_seq")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
