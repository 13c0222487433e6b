package org.govsite.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A schema of its own on a real PostgreSQL server for each database handed out; the schema is
 * dropped with everything in it afterwards. The server is named by three environment variables, or
 * given directly.
 */
final class PostgresEngine implements DatabaseEngine {
  static final String URL = "GOVSITE_TEST_PG_URL";
  static final String USER = "GOVSITE_TEST_PG_USER";
  static final String PASSWORD = "GOVSITE_TEST_PG_PASSWORD";

  /** Where the server's settings come from: the environment, read when a database is needed, or given. */
  private final Supplier<TestDatabase> server;

  private PostgresEngine(Supplier<TestDatabase> server) {
    this.server = server;
  }

  /** Reads the server from {@code GOVSITE_TEST_PG_URL}, {@code _USER} and {@code _PASSWORD} when a database is needed. */
  static PostgresEngine fromEnvironment(Function<String, String> environment) {
    return new PostgresEngine(() -> fromEnvironmentNow(environment));
  }

  /** Uses this server. */
  static PostgresEngine of(String url, String user, String password) {
    TestDatabase given = new TestDatabase(url, user, password, "public");
    return new PostgresEngine(() -> given);
  }

  /**
   * Returns the server's settings, or fails (never skips) naming each variable that is missing:
   * a build that was meant to test on PostgreSQL must not pass without it.
   */
  TestDatabase server() {
    return server.get();
  }

  private static TestDatabase fromEnvironmentNow(Function<String, String> environment) {
    List<String> missing = new ArrayList<>();
    String url = variable(environment, URL, missing);
    String user = variable(environment, USER, missing);
    String password = variable(environment, PASSWORD, missing);
    if (!missing.isEmpty()) {
      throw new ExtensionConfigurationException("PostgreSQL tests need " + URL + ", " + USER + " and " + PASSWORD
          + "; not set: " + String.join(", ", missing) + ". Export them for a server where the user may create schemas,"
          + " e.g. " + URL + "=jdbc:postgresql://127.0.0.1:5432/govsite " + USER + "=govsite " + PASSWORD + "=govsite."
          + " These tests fail without a server, they are never skipped.");
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new ExtensionConfigurationException(URL + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): '" + url + "'");
    }
    return new TestDatabase(url, user, password, "public");
  }

  private static String variable(Function<String, String> environment, String name, List<String> missing) {
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      missing.add(name);
      return "";
    }
    return value;
  }

  @Override
  public TestDatabase create() throws SQLException {
    TestDatabase server = server();
    String schema = "govsite_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = connect(server); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    // currentSchema puts the new schema alone on the search path: unqualified tables land in it.
    String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(url, server.user(), server.password(), schema);
  }

  @Override
  public void drop(TestDatabase database) throws SQLException {
    try (Connection c = connect(server()); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + database.schema() + " CASCADE");
    }
  }

  private static Connection connect(TestDatabase server) throws SQLException {
    try {
      return server.connect();
    } catch (SQLException e) {
      throw new SQLException("cannot reach PostgreSQL at " + server.url() + " as " + server.user()
          + " (is the server running, and are " + URL + ", " + USER + " and " + PASSWORD + " right?): " + e.getMessage(), e);
    }
  }

  @Override
  public String describe() {
    return "PostgreSQL";
  }
}
