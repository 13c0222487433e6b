package org.govsite.examples;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.govsite.core.UnavailableException;

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
  private static final Map<String, ReentrantReadWriteLock> LOCAL_SHARED = new ConcurrentHashMap<>();

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

  /** How long a writer waits for a shared index's lock (a rebuild holds it exclusively) before answering 503. */
  static final Duration SHARED_WAIT = Duration.ofSeconds(20);
  /** How long a starting instance waits for another's build of the shared index. */
  static final Duration EXCLUSIVE_WAIT = Duration.ofMinutes(30);
  /** The pause between two tries of a taken lock; no connection is held meanwhile. */
  private static final long RETRY_MILLIS = 50;

  /**
   * Takes the lock {@code name} in shared mode ({@code pg_advisory_lock_shared}): any number of shared
   * holders at once, none while {@link #exclusive} holds it. Writers of a shared search index take it
   * shared, its rebuild exclusive, so no write is lost to the switch to a rebuilt index. Waits at
   * most {@link #SHARED_WAIT}, then fails with {@link PortalErrorCode#PORTAL_BUSY} (503).
   */
  Held shared(String name) {
    return advisory(name, true, SHARED_WAIT);
  }

  /** Takes the lock {@code name} exclusively, also against {@link #shared} holders, waiting at most {@link #EXCLUSIVE_WAIT}. */
  Held exclusive(String name) {
    return advisory(name, false, EXCLUSIVE_WAIT);
  }

  /**
   * Tries the lock, and while it is taken gives the connection back to the pool before pausing: a
   * writer waiting for a long rebuild must not hold one of the pool's few connections, or enough
   * waiting writers take them all and every other request (a session lookup) fails too.
   */
  Held advisory(String name, boolean sharedMode, Duration maxWait) {
    long deadline = System.nanoTime() + maxWait.toNanos();
    if (!postgres) {
      ReentrantReadWriteLock rw = LOCAL_SHARED.computeIfAbsent(database + "\u0000" + name, k -> new ReentrantReadWriteLock());
      java.util.concurrent.locks.Lock l = sharedMode ? rw.readLock() : rw.writeLock();
      try {
        if (!l.tryLock(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
          throw busy(name, maxWait);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw busy(name, maxWait);
      }
      return l::unlock;
    }
    String suffix = sharedMode ? "_shared" : "";
    while (true) {
      Connection c;
      try {
        c = pool.getConnection();
      } catch (SQLException e) {
        throw Tables.storage(e);
      }
      boolean taken;
      try {
        taken = call(c, "SELECT pg_try_advisory_lock" + suffix + "(?, ?)", name);
      } catch (SQLException e) {
        closeQuietly(c);
        throw Tables.storage(e);
      }
      if (taken) {
        return () -> release(c, "SELECT pg_advisory_unlock" + suffix + "(?, ?)", name);
      }
      closeQuietly(c);
      if (System.nanoTime() >= deadline) {
        throw busy(name, maxWait);
      }
      try {
        Thread.sleep(RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw busy(name, maxWait);
      }
    }
  }

  private static UnavailableException busy(String name, Duration waited) {
    return new UnavailableException(PortalErrorCode.PORTAL_BUSY, "系统繁忙，请稍后再试 / " + name + " stayed locked for "
        + waited.toSeconds() + " s (a shared search index is being rebuilt): try again later", null);
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
    return () -> release(c, "SELECT pg_advisory_unlock(?, ?)", name);
  }

  /**
   * Unlocks and gives the connection back; when the unlock fails the connection is evicted from the
   * pool instead, since its session (and so the lock) must end rather than go back to the pool held.
   */
  private void release(Connection c, String unlock, String name) {
    try {
      call(c, unlock, name);
      closeQuietly(c);
    } catch (SQLException e) {
      if (pool instanceof com.zaxxer.hikari.HikariDataSource h) {
        h.evictConnection(c);
      } else {
        closeQuietly(c);
      }
    }
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
    Connection c;
    try {
      c = pool.getConnection();
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
    try {
      if (!call(c, "SELECT pg_try_advisory_lock(?, ?)", name)) {
        closeQuietly(c);
        return false;
      }
    } catch (SQLException e) {
      closeQuietly(c);
      throw Tables.storage(e);
    }
    try {
      work.run();
      return true;
    } finally {
      release(c, "SELECT pg_advisory_unlock(?, ?)", name);
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
