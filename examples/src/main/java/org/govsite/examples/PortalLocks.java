package org.govsite.examples;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Locks that hold across every portal on one database (跨实例互斥): seeding an empty database,
 * building a shared search index, a letter's one reply in review, a job that must run once.
 *
 * <p>On PostgreSQL a session-level advisory lock ({@code pg_advisory_lock}) on a connection held for
 * the work: it dies with the connection, so a killed instance never leaves it taken. On H2 a lock in
 * this JVM is enough: an H2 file database is open in one process only (its file lock), so every
 * portal that can reach it runs here.
 */
final class PortalLocks {
  /** The first half of every advisory-lock key, so the portal's locks never meet another program's. */
  private static final int NAMESPACE = 0x6753_5031; // "gSP1"
  private static final Map<String, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

  private final DataSource pool;
  private final boolean postgres;
  private final String database;

  PortalLocks(DataSource pool) {
    this.pool = pool;
    try (Connection c = pool.getConnection()) {
      this.postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
      this.database = c.getMetaData().getURL();
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /** Whether the locks hold across processes (PostgreSQL), not only in this JVM (H2). */
  boolean shared() {
    return postgres;
  }

  /** Runs the work while holding the lock {@code name}, waiting for it as long as it takes. */
  <T> T with(String name, Supplier<T> work) {
    try (Held h = hold(name)) {
      return work.get();
    }
  }

  /** A held lock; closing it releases it. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /** Takes the lock {@code name}, waiting for it as long as it takes; close the answer to release it. */
  Held hold(String name) {
    if (!postgres) {
      ReentrantLock l = LOCAL.computeIfAbsent(database + "\u0000" + name, k -> new ReentrantLock());
      l.lock();
      return l::unlock;
    }
    Connection c;
    try {
      c = pool.getConnection();
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
    try {
      call(c, "SELECT pg_advisory_lock(?, ?)", name);
    } catch (SQLException e) {
      closeQuietly(c);
      throw Tables.storage(e);
    }
    return () -> {
      try {
        call(c, "SELECT pg_advisory_unlock(?, ?)", name);
      } catch (SQLException e) {
        // the connection goes back to the pool broken or not: closing it below ends the session's locks either way
      } finally {
        closeQuietly(c);
      }
    };
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing more to release
    }
  }

  /**
   * Runs the work only when the lock {@code name} is free now (a job that must run on one instance
   * at a time: the others skip this round); returns whether it ran.
   */
  boolean ifFree(String name, Runnable work) {
    if (!postgres) {
      ReentrantLock l = LOCAL.computeIfAbsent(database + "\u0000" + name, k -> new ReentrantLock());
      if (!l.tryLock()) {
        return false;
      }
      try {
        work.run();
        return true;
      } finally {
        l.unlock();
      }
    }
    try (Connection c = pool.getConnection()) {
      if (!call(c, "SELECT pg_try_advisory_lock(?, ?)", name)) {
        return false;
      }
      try {
        work.run();
        return true;
      } finally {
        call(c, "SELECT pg_advisory_unlock(?, ?)", name);
      }
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  private static boolean call(Connection c, String sql, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(1, NAMESPACE);
      p.setInt(2, key(name));
      try (ResultSet r = p.executeQuery()) {
        r.next();
        Object v = r.getObject(1);
        return !(v instanceof Boolean b) || b;
      }
    }
  }

  /** A stable 32-bit key for a name (not String.hashCode, which is fine too, but this one is spelled out). */
  static int key(String name) {
    int h = 0x811c9dc5;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x01000193;
    }
    return h;
  }
}
