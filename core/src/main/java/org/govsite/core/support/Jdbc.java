package org.govsite.core.support;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * What GovSite's JDBC stores (letters, requests) share: where connections come from, the check of
 * a schema or table-prefix name, and one transaction that commits before it returns.
 */
@API(status = INTERNAL, since = "0.1")
public final class Jdbc {
  /** A schema or table prefix is spliced into SQL, so it must be a plain identifier. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}");

  private Jdbc() {}

  /** Where a store gets a connection: a pool in production, a URL for tools and tests. */
  @API(status = INTERNAL, since = "0.1")
  @FunctionalInterface
  public interface Connector {
    /** Opens (or borrows) a connection; the caller closes it. */
    Connection open() throws SQLException;
  }

  /** Work done in a transaction. */
  @API(status = INTERNAL, since = "0.1")
  @FunctionalInterface
  public interface Work<T> {
    /** Runs on a connection whose transaction the caller commits. */
    T run(Connection c) throws SQLException;
  }

  /** Returns a connector that borrows from a data source (a connection pool in production). */
  public static Connector of(DataSource dataSource) {
    Checks.notNull(dataSource, "dataSource");
    return dataSource::getConnection;
  }

  /** Returns a connector that opens a connection per operation: for tools and tests, not for a server. */
  public static Connector url(String url, String user, String password) {
    Checks.notNull(url, "url");
    Checks.argument(url.startsWith("jdbc:"), "url", "须以 jdbc: 开头", "must start with jdbc: " + url);
    Checks.notNull(user, "user");
    Checks.notNull(password, "password");
    return () -> DriverManager.getConnection(url, user, password);
  }

  /** Returns {@code name} when it is empty or a plain SQL identifier, else throws naming {@code field}. */
  public static String identifier(String name, String field) {
    Checks.notNull(name, field);
    Checks.argument(name.isEmpty() || IDENTIFIER.matcher(name).matches(), field, "须为字母、数字、下划线",
        "must be a plain SQL identifier: " + name);
    return name;
  }

  /**
   * Runs work in one transaction, committed before this returns, at {@code isolation} (a
   * {@link Connection} constant, or -1 for the connection's own); the connection goes back as it
   * came. A failing rollback or reset never replaces the failure that caused it.
   */
  public static <T> T inTransaction(Connector connector, int isolation, Work<T> work) throws SQLException {
    try (Connection c = connector.open()) {
      boolean auto = c.getAutoCommit();
      int before = c.getTransactionIsolation();
      c.setAutoCommit(false);
      if (isolation >= 0) {
        c.setTransactionIsolation(isolation);
      }
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        try {
          if (isolation >= 0) {
            c.setTransactionIsolation(before);
          }
          c.setAutoCommit(auto);
        } catch (SQLException ignored) {
          // the connection is broken; closing it is all that is left, and the work's own outcome stands
        }
      }
    }
  }

  /**
   * Creates or upgrades a store's tables in one transaction: the schema when named, a version table,
   * then every migration after the version the table records (each a list of statements), recording
   * each. Safe on every start, and on PostgreSQL from several instances starting at once (an
   * advisory lock orders them). Returns the version reached.
   *
   * @param what the tables' name for the message when the database is newer than the library
   */
  public static int migrate(Connection c, String schema, String versionTable, List<List<String>> migrations, String what)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
        // Two instances starting at once on one database: PostgreSQL's IF NOT EXISTS is not safe
        // against a concurrent CREATE, so they migrate one after the other (released at commit).
        s.execute("SELECT pg_advisory_xact_lock(" + ((schema + "." + versionTable).hashCode() & 0x7fffffffL) + ")");
      }
      if (!schema.isEmpty()) {
        s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      }
      s.execute("CREATE TABLE IF NOT EXISTS " + versionTable + " (version INT NOT NULL)");
      int current = 0;
      try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + versionTable)) {
        if (rs.next()) {
          current = rs.getInt(1);
        }
      }
      if (current > migrations.size()) {
        throw new SQLException("the " + what + " are version " + current + ", newer than this library's " + migrations.size());
      }
      for (int v = current; v < migrations.size(); v++) {
        for (String sql : migrations.get(v)) {
          s.execute(sql);
        }
        s.execute("INSERT INTO " + versionTable + " (version) VALUES (" + (v + 1) + ")");
      }
      c.commit();
      return migrations.size();
    } catch (SQLException | RuntimeException e) {
      rollback(c, e);
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  // On a broken connection a failing rollback must not hide the failure that caused it.
  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }
}
