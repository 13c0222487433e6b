package org.govsite.disclosure;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The allocator on a real PostgreSQL server. It never skips: without the server's settings it
 * fails and says how to start one. Each run uses a schema of its own and drops it afterwards.
 */
class PostgresIndexNumberAllocatorTest extends AllocatorContract {
  private static final String SCHEMA = "disclosure_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  static String env(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      fail(name + " is not set: run `.ci/postgres-start && source .ci/postgres-env` before the build "
          + "(the PostgreSQL tests never skip)");
    }
    return v;
  }

  static PGSimpleDataSource pg() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(env("GOVSITE_TEST_PG_URL"));
    ds.setUser(env("GOVSITE_TEST_PG_USER"));
    ds.setPassword(env("GOVSITE_TEST_PG_PASSWORD"));
    return ds;
  }

  @BeforeAll
  static void createSchema() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  private static Connection connect() throws SQLException {
    try {
      return pg().getConnection();
    } catch (SQLException e) {
      throw new SQLException("cannot reach PostgreSQL at " + System.getenv("GOVSITE_TEST_PG_URL")
          + ": run `.ci/postgres-start && source .ci/postgres-env` (" + e.getMessage() + ")", e);
    }
  }

  @Override
  DataSource dataSource() {
    return pg();
  }

  @Override
  String table(String name) {
    return SCHEMA + ".serial_" + name;
  }
}
