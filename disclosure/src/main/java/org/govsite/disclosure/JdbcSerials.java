package org.govsite.disclosure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.govsite.core.ConflictException;
import org.govsite.core.UnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * The serial counters behind {@link IndexNumberAllocator}: one row per sequence, incremented under
 * its row lock in a short transaction.
 *
 * <p>A database sequence would be faster but skips numbers on rollback and restart caching; the
 * catalogue must not have holes, so each number is a committed row update.
 */
final class JdbcSerials {
  private final DataSource dataSource;
  private final String table;
  private final int maxAttempts;

  /** Creates counters in a table. */
  public JdbcSerials(DataSource dataSource, String table, int maxAttempts) {
    this.dataSource = dataSource;
    this.table = table;
    this.maxAttempts = maxAttempts;
  }

  /** Creates the table when it does not exist. */
  public void createTable() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      s.execute("CREATE TABLE IF NOT EXISTS " + table
          + " (sequence_key VARCHAR(200) NOT NULL PRIMARY KEY, last_serial BIGINT NOT NULL)");
    } catch (SQLException e) {
      throw storage("create table " + table, e);
    }
  }

  /** Returns the next serial of a sequence, committed. */
  public long next(String key, long max) {
    SQLException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        // A pooled connection goes back as it came.
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try {
          long serial = increment(c, key, max);
          c.commit();
          return serial;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setTransactionIsolation(isolation);
          c.setAutoCommit(autoCommit);
        }
      } catch (SQLException e) {
        if (!retryable(e)) {
          throw storage("allocate " + key, e);
        }
        last = e;
        // Back off a little so the winner of the race can commit.
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000, 2_000_000L * Math.min(attempt, 10)));
      }
    }
    throw storage("allocate " + key + " after " + maxAttempts + " attempts", last);
  }

  /** Returns the next serial of a sequence inside the caller's transaction, which the caller commits. */
  public long nextIn(Connection transaction, String key, long max) {
    try {
      return increment(transaction, key, max);
    } catch (SQLException e) {
      throw storage("allocate " + key + " in the caller's transaction", e);
    }
  }

  private long increment(Connection c, String key, long max) throws SQLException {
    try (PreparedStatement up = c.prepareStatement("UPDATE " + table + " SET last_serial = last_serial + 1 WHERE sequence_key = ?")) {
      up.setString(1, key);
      if (up.executeUpdate() == 0) {
        // A new sequence: if another transaction inserts the same key first, the primary key
        // rejects ours and the retry takes the UPDATE path.
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + table + " (sequence_key, last_serial) VALUES (?, 1)")) {
          ins.setString(1, key);
          ins.executeUpdate();
        }
      }
    }
    long serial = read(c, key);
    if (serial > max) {
      throw new ConflictException(DisclosureErrorCode.INDEX_SERIAL_EXHAUSTED,
          "索引号流水号已用尽 / the sequence " + key + " has used all serials up to " + max);
    }
    return serial;
  }

  private long read(Connection c, String key) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT last_serial FROM " + table + " WHERE sequence_key = ?")) {
      q.setString(1, key);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /** Returns the last serial of a sequence, 0 when none. */
  public long last(String key) {
    try (Connection c = dataSource.getConnection()) {
      return read(c, key);
    } catch (SQLException e) {
      throw storage("read " + key, e);
    }
  }

  private static boolean retryable(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        // 23505 unique violation (lost the insert race), 40xxx serialization failure or deadlock,
        // HYT00 / 55P03 lock timeout, 90131 H2's concurrent update.
        if (state != null && (state.equals("23505") || state.startsWith("40") || state.equals("HYT00")
            || state.equals("55P03") || state.equals("90131"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static UnavailableException storage(String what, @Nullable SQLException e) {
    return new UnavailableException(DisclosureErrorCode.INDEX_STORAGE,
        "索引号数据库操作失败 / index-number storage failed to " + what + ": " + (e == null ? "" : e.getMessage()), e);
  }
}
