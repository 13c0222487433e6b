package org.govsite.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.govsite.core.support.Jdbc;

/**
 * A throttle kept in the database (共享的尝试次数限制), so that its limit holds across every portal on
 * the database: a guesser spreading sign-ins or query-code lookups over the instances behind a load
 * balancer gets no more tries than against one. The rules are {@link org.govsite.core.web.AttemptLimiter}'s.
 *
 * <p>One row per limiter and key in {@code portal_attempt}; {@link #record} reads and writes it in
 * one transaction with the row locked ({@code SELECT … FOR UPDATE}), so two instances counting the
 * same key at once never lose an attempt. Rows whose window and lock are over are deleted by
 * {@link #purge}, which the portal runs every few minutes on one instance.
 */
final class SharedLimiter implements Limiter {
  /** The longest key kept: longer ones (made-up ids) are cut, which only merges their counters. */
  static final int MAX_KEY = 200;
  private final DataSource pool;
  private final String name;
  private final int maxAttempts;
  private final Duration window;
  private final Duration lockout;

  SharedLimiter(DataSource pool, String name, int maxAttempts, Duration window, Duration lockout) {
    this.pool = pool;
    this.name = name;
    this.maxAttempts = maxAttempts;
    this.window = window;
    this.lockout = lockout;
  }

  /** Creates the table when missing. */
  static void createTable(DataSource pool) {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS portal_attempt (limiter VARCHAR(20) NOT NULL, attempt_key VARCHAR(" + MAX_KEY
          + ") NOT NULL, window_start_ms BIGINT NOT NULL, attempts INT NOT NULL, locked_until_ms BIGINT NOT NULL,"
          + " PRIMARY KEY (limiter, attempt_key))");
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /** Deletes the rows that no longer count (window and lock over); returns how many. */
  static int purge(DataSource pool, Duration longestKeep) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "DELETE FROM portal_attempt WHERE window_start_ms < ? AND locked_until_ms < ?")) {
      long now = System.currentTimeMillis();
      p.setLong(1, now - longestKeep.toMillis());
      p.setLong(2, now);
      return p.executeUpdate();
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  @Override
  public Optional<Duration> retryAfter(String key) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "SELECT locked_until_ms FROM portal_attempt WHERE limiter = ? AND attempt_key = ?")) {
      p.setString(1, name);
      p.setString(2, cut(key));
      try (ResultSet r = p.executeQuery()) {
        long left = r.next() ? r.getLong(1) - System.currentTimeMillis() : 0;
        return left > 0 ? Optional.of(Duration.ofMillis(left)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  @Override
  public Optional<Duration> record(String key) {
    for (int attempt = 0; ; attempt++) {
      try {
        return Jdbc.inTransaction(pool::getConnection, Connection.TRANSACTION_READ_COMMITTED, c -> record(c, cut(key)));
      } catch (SQLException e) {
        // Two instances inserting the first row of a key at once: the loser counts again on the winner's row.
        if (!"23505".equals(e.getSQLState()) || attempt >= 3) {
          throw Tables.storage(e);
        }
      }
    }
  }

  private Optional<Duration> record(Connection c, String key) throws SQLException {
    long now = System.currentTimeMillis();
    long windowStart = now;
    int count = 0;
    long lockedUntil = 0;
    boolean exists;
    try (PreparedStatement p = c.prepareStatement("SELECT window_start_ms, attempts, locked_until_ms FROM portal_attempt"
        + " WHERE limiter = ? AND attempt_key = ? FOR UPDATE")) {
      p.setString(1, name);
      p.setString(2, key);
      try (ResultSet r = p.executeQuery()) {
        exists = r.next();
        if (exists) {
          windowStart = r.getLong(1);
          count = r.getInt(2);
          lockedUntil = r.getLong(3);
        }
      }
    }
    if (lockedUntil > now) {
      return Optional.of(Duration.ofMillis(lockedUntil - now));
    }
    if (now - windowStart >= window.toMillis()) {
      windowStart = now;
      count = 0;
    }
    count++;
    Optional<Duration> out = Optional.empty();
    if (count >= maxAttempts) {
      lockedUntil = now + lockout.toMillis();
      count = 0;
      windowStart = lockedUntil;
      out = Optional.of(lockout);
    }
    try (PreparedStatement p = c.prepareStatement(exists
        ? "UPDATE portal_attempt SET window_start_ms = ?, attempts = ?, locked_until_ms = ? WHERE limiter = ? AND attempt_key = ?"
        : "INSERT INTO portal_attempt (window_start_ms, attempts, locked_until_ms, limiter, attempt_key) VALUES (?, ?, ?, ?, ?)")) {
      p.setLong(1, windowStart);
      p.setInt(2, count);
      p.setLong(3, lockedUntil);
      p.setString(4, name);
      p.setString(5, key);
      p.executeUpdate();
    }
    return out;
  }

  @Override
  public void reset(String key) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "DELETE FROM portal_attempt WHERE limiter = ? AND attempt_key = ?")) {
      p.setString(1, name);
      p.setString(2, cut(key));
      p.executeUpdate();
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  @Override
  public Duration lockout() {
    return lockout;
  }

  private static String cut(String key) {
    return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
  }
}
