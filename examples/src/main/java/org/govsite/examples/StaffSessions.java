package org.govsite.examples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The staff sessions in the portal's database (工作人员会话), so that every portal on the database
 * knows them: a member of staff signed in on one instance is signed in on all, and a sign-out, an
 * idle timeout or a change of roles takes effect on all at the next request. No sticky sessions.
 *
 * <p>The browser holds 32 random bytes (the session cookie); the table keeps only their SHA-256, so
 * someone who reads the database cannot use a session. Each request reads the session joined with
 * its account: the roles are the account's now, not those at sign-in, and a removed account has no
 * session. The last-seen time is written at most once a {@link #TOUCH_EVERY} per session, not at
 * every request. Expired rows are deleted at each sign-in.
 */
final class StaffSessions {
  /** How often a session's last-seen time is written: the idle limit is exact to within this. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A signed-in session: its stored key, the user (roles as the account has them now) and its form token. */
  record Session(String key, StaffUser user, String csrf) {}

  private final DataSource pool;
  private final Duration idle;
  private final AtomicInteger created = new AtomicInteger();

  StaffSessions(DataSource pool, Duration idle) {
    this.pool = pool;
    this.idle = idle;
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS portal_session (id_hash VARCHAR(64) PRIMARY KEY, username VARCHAR("
          + StaffStore.MAX_NAME + ") NOT NULL, csrf VARCHAR(64) NOT NULL, created_ms BIGINT NOT NULL, seen_ms BIGINT NOT NULL)");
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /** Returns the live session of the cookie's value, or empty (unknown, expired, or its account removed). */
  Optional<Session> find(String cookie) {
    String key = hash(cookie);
    long now = System.currentTimeMillis();
    try (Connection c = pool.getConnection()) {
      String name;
      String csrf;
      long seen;
      String roles;
      try (PreparedStatement p = c.prepareStatement("SELECT s.username, s.csrf, s.seen_ms, a.roles FROM portal_session s"
          + " JOIN portal_staff a ON a.name = s.username WHERE s.id_hash = ?")) {
        p.setString(1, key);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          name = r.getString(1);
          csrf = r.getString(2);
          seen = r.getLong(3);
          roles = r.getString(4);
        }
      }
      if (now - seen >= idle.toMillis()) {
        delete(c, key);
        return Optional.empty();
      }
      if (now - seen >= TOUCH_EVERY.toMillis()) {
        try (PreparedStatement p = c.prepareStatement("UPDATE portal_session SET seen_ms = ? WHERE id_hash = ?")) {
          p.setLong(1, now);
          p.setString(2, key);
          p.executeUpdate();
        }
      }
      return Optional.of(new Session(key, new StaffUser(name, StaffStore.roles(roles)), csrf));
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /**
   * Opens a session for the user, ending {@code previous} (a sign-in in a signed-in browser gets a
   * new id: no fixation); returns the cookie's value and the session.
   */
  Opened open(StaffUser user, Optional<Session> previous) {
    String cookie = random();
    String csrf = random();
    long now = System.currentTimeMillis();
    try (Connection c = pool.getConnection()) {
      if (previous.isPresent()) {
        delete(c, previous.get().key());
      }
      try (PreparedStatement p = c.prepareStatement("DELETE FROM portal_session WHERE seen_ms < ?")) {
        p.setLong(1, now - idle.toMillis());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO portal_session (id_hash, username, csrf, created_ms, seen_ms) VALUES (?, ?, ?, ?, ?)")) {
        p.setString(1, hash(cookie));
        p.setString(2, user.name());
        p.setString(3, csrf);
        p.setLong(4, now);
        p.setLong(5, now);
        p.executeUpdate();
      }
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
    created.incrementAndGet();
    return new Opened(cookie, new Session(hash(cookie), user, csrf));
  }

  /** A new session: the cookie's value (the browser's only) and the session. */
  record Opened(String cookie, Session session) {}

  /** Ends the session on every instance. */
  void close(Session session) {
    try (Connection c = pool.getConnection()) {
      delete(c, session.key());
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /** Returns how many sessions this instance opened since it started. */
  int created() {
    return created.get();
  }

  private static void delete(Connection c, String key) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM portal_session WHERE id_hash = ?")) {
      p.setString(1, key);
      p.executeUpdate();
    }
  }

  private static String random() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String hash(String cookie) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
