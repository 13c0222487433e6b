package org.govsite.spring.boot;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.govsite.core.UnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * A lock across instances (跨实例锁) for start-up work that must run once at a time: a PostgreSQL
 * session advisory lock on a connection held only for it (the same kind of lock as core's
 * migrations take), and within one JVM a plain lock as well. On other databases (H2, embedded in
 * one process) the JVM lock alone applies.
 */
final class StartLock {
  private static final ReentrantLock LOCAL = new ReentrantLock();

  private StartLock() {}

  /** The advisory-lock key of a name: a CRC-32 of it in the upper bits and a GovSite tag in the lower, so other applications' keys rarely collide. */
  static long key(String name) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() << 16) ^ 0x6753; // "gS"
  }

  /** Runs {@code work} holding the lock named {@code name}; {@code dataSource} absent: the JVM lock only. */
  static <T> T with(@Nullable DataSource dataSource, String name, Supplier<T> work) {
    LOCAL.lock();
    try {
      if (dataSource == null) {
        return work.get();
      }
      try (Connection c = dataSource.getConnection()) {
        if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgresql")) {
          return work.get();
        }
        long key = key(name);
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
          s.setLong(1, key);
          s.execute();
        }
        try {
          return work.get();
        } finally {
          try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, key);
            s.execute();
          }
        }
      } catch (SQLException e) {
        throw new UnavailableException(org.govsite.core.CoreErrorCode.UNAVAILABLE, "无法取得启动锁 / cannot take the start-up lock " + name + ": " + e.getMessage(), e);
      }
    } finally {
      LOCAL.unlock();
    }
  }
}
