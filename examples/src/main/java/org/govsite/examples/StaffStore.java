package org.govsite.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.govsite.core.ConflictException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The staff accounts and the staff action log (工作人员账号与操作记录) in the portal's database, on its
 * one pool. Passwords are kept as bcrypt hashes (cost {@value #BCRYPT_COST}, a salt of their own);
 * the action log is append-only: this class has no statement that changes or deletes a row of it.
 */
final class StaffStore {
  /** bcrypt's work factor: 2^12 rounds, above OWASP's minimum of 10 (each step doubles a guesser's work and a sign-in's). */
  static final int BCRYPT_COST = 12;
  /** The longest account name. */
  static final int MAX_NAME = 64;
  /** The longest target an action names (a letter id, a path). */
  static final int MAX_TARGET = 200;

  /** A stored account: name, roles and hash (the hash never leaves the portal). */
  record Account(String name, Set<StaffRole> roles, String hash) {}

  /** One recorded staff action (操作记录). */
  record Action(long id, LocalDateTime at, String user, String action, String target, String address) {}

  private final DataSource pool;
  private final PasswordEncoder encoder = new BCryptPasswordEncoder(BCRYPT_COST);
  /** A hash of a password nobody has: checked against when the account does not exist, so both cases take as long. */
  private final String decoy;

  StaffStore(DataSource pool) {
    this.pool = pool;
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS portal_staff (name VARCHAR(" + MAX_NAME + ") PRIMARY KEY,"
          + " roles VARCHAR(200) NOT NULL, password_hash VARCHAR(100) NOT NULL, created TIMESTAMP NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS portal_staff_action (id BIGINT PRIMARY KEY, at TIMESTAMP NOT NULL,"
          + " username VARCHAR(" + MAX_NAME + ") NOT NULL, action VARCHAR(40) NOT NULL, target VARCHAR(" + MAX_TARGET + ") NOT NULL,"
          + " address VARCHAR(64) NOT NULL)");
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
    this.decoy = hash("decoy-" + System.nanoTime());
  }

  /** Adds an account; a taken name is a conflict. */
  void add(String name, Set<StaffRole> roles, CharSequence password, LocalDateTime at) {
    String hash = hash(password);
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "INSERT INTO portal_staff (name, roles, password_hash, created) VALUES (?, ?, ?, ?)")) {
      if (find(c, name).isPresent()) {
        throw new ConflictException(PortalErrorCode.STAFF_EXISTS, "账号已存在 / the account already exists: " + name);
      }
      p.setString(1, name);
      p.setString(2, roles.stream().map(StaffRole::code).sorted().collect(Collectors.joining(",")));
      p.setString(3, hash);
      p.setTimestamp(4, Timestamp.valueOf(at));
      p.executeUpdate();
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  private String hash(CharSequence password) {
    // Spring marks encode @Nullable for a null password; a non-null one always gets a hash.
    return java.util.Objects.requireNonNull(encoder.encode(password), "bcrypt hash");
  }

  /** Returns every account, by name (with its hash: callers show names and roles only). */
  List<Account> all() {
    List<Account> out = new ArrayList<>();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT name, roles, password_hash FROM portal_staff ORDER BY name")) {
      while (r.next()) {
        out.add(new Account(r.getString(1), roles(r.getString(2)), r.getString(3)));
      }
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
    return out;
  }

  /**
   * Returns the user when the name and password match. A missing account is checked against a decoy
   * hash, so the answer takes as long as a wrong password and tells nothing about which it was.
   */
  Optional<StaffUser> check(String name, String password) {
    Optional<Account> a;
    try (Connection c = pool.getConnection()) {
      a = find(c, name);
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
    boolean ok;
    try {
      ok = encoder.matches(password, a.map(Account::hash).orElse(decoy));
    } catch (IllegalArgumentException e) {
      ok = false; // a password bcrypt cannot take (over 72 bytes) matches nothing
    }
    return ok && a.isPresent() ? Optional.of(new StaffUser(a.get().name(), a.get().roles())) : Optional.empty();
  }

  private static Optional<Account> find(Connection c, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT name, roles, password_hash FROM portal_staff WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(new Account(r.getString(1), roles(r.getString(2)), r.getString(3))) : Optional.empty();
      }
    }
  }

  private static Set<StaffRole> roles(String list) {
    Set<StaffRole> out = EnumSet.noneOf(StaffRole.class);
    for (String code : list.split(",")) {
      if (!code.isBlank()) {
        out.add(StaffRole.ofCode(code));
      }
    }
    return out;
  }

  /** Appends one action to the log. */
  synchronized void record(String user, String action, String target, String address, LocalDateTime at) {
    try (Connection c = pool.getConnection()) {
      long next;
      try (Statement s = c.createStatement();
           ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM portal_staff_action")) {
        r.next();
        next = r.getLong(1);
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO portal_staff_action (id, at, username, action, target, address) VALUES (?, ?, ?, ?, ?, ?)")) {
        p.setLong(1, next);
        p.setTimestamp(2, Timestamp.valueOf(at));
        p.setString(3, cut(user, MAX_NAME));
        p.setString(4, cut(action, 40));
        p.setString(5, cut(target, MAX_TARGET));
        p.setString(6, cut(address, 64));
        p.executeUpdate();
      }
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /** Returns the newest actions first, at most {@code limit}. */
  List<Action> actions(int limit) {
    List<Action> out = new ArrayList<>();
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "SELECT id, at, username, action, target, address FROM portal_staff_action ORDER BY id DESC")) {
      p.setMaxRows(limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Action(r.getLong(1), r.getTimestamp(2).toLocalDateTime(), r.getString(3), r.getString(4),
              r.getString(5), r.getString(6)));
        }
      }
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
    return out;
  }

  /** Returns the role codes, sorted (for listings). */
  static String codes(Set<StaffRole> roles) {
    return String.join(",", new TreeSet<>(roles.stream().map(StaffRole::code).toList()));
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
