package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The database extension: isolation per test or per class, parameters, cleanup, and failing without a server. */
class DatabaseExtensionTest {
  /** Databases seen by the tests below, checked for cleanup once they are done. */
  static final Set<TestDatabase> PER_TEST = ConcurrentHashMap.newKeySet();
  static final Set<TestDatabase> PER_CLASS = ConcurrentHashMap.newKeySet();

  static boolean tableExists(TestDatabase d, String table) throws SQLException {
    try (Connection c = d.connect(); ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
      return rs.next();
    }
  }

  static void createTable(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + table + " (id INT)");
    }
  }

  @Nested
  class H2PerTest {
    @RegisterExtension
    final DatabaseExtension db = DatabaseExtension.h2();

    // Whichever runs second would see the first one's table if the database were shared.
    @Test
    void first(TestDatabase d, DataSource ds) throws SQLException {
      assertEquals(d, db.database(), "the parameter is the field's database");
      assertFalse(tableExists(d, "T"));
      createTable(ds, "t");
      assertTrue(tableExists(d, "T"));
      PER_TEST.add(d);
    }

    @Test
    void second(TestDatabase d) throws SQLException {
      assertFalse(tableExists(d, "T"));
      createTable(d.dataSource(), "t");
      PER_TEST.add(d);
    }
  }

  @Nested
  class H2PerClass {
    @RegisterExtension
    static final DatabaseExtension shared = DatabaseExtension.h2();

    @Test
    void one(TestDatabase d) throws SQLException {
      PER_CLASS.add(d);
      insertOne(d);
    }

    @Test
    void two(TestDatabase d) throws SQLException {
      PER_CLASS.add(d);
      insertOne(d);
    }

    private void insertOne(TestDatabase d) throws SQLException {
      try (Connection c = d.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS shared_rows (id INT)");
        s.execute("INSERT INTO shared_rows VALUES (1)");
      }
    }

    @AfterAll
    static void bothTestsWroteToOneDatabase() throws SQLException {
      assertEquals(1, PER_CLASS.size(), "one database for the class: " + PER_CLASS);
      try (Connection c = shared.database().connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM shared_rows")) {
        rs.next();
        assertEquals(2, rs.getInt(1));
      }
    }
  }

  @Nested
  class PostgresPerTest {
    @RegisterExtension
    final DatabaseExtension db = DatabaseExtension.postgres();

    @Test
    void aFreshSchemaIsTheCurrentSchema(TestDatabase d) throws SQLException {
      assertTrue(d.schema().startsWith("govsite_test_"), d.schema());
      try (Connection c = d.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
        rs.next();
        assertEquals(d.schema(), rs.getString(1));
      }
      createTable(d.dataSource(), "t");
      assertTrue(tableExists(d, "t"));
      PER_TEST.add(d);
    }

    @Test
    void anotherTestAnotherSchema(TestDatabase d) throws SQLException {
      assertFalse(tableExists(d, "t"));
      PER_TEST.add(d);
    }
  }

  @AfterAll
  static void everyDatabaseWasDroppedAndNoneShared() throws SQLException {
    assertEquals(4, PER_TEST.size(), "a different database for each of the four per-test tests: " + PER_TEST);
    TestDatabase server = PostgresEngine.fromEnvironment(System::getenv).server();
    for (TestDatabase d : PER_TEST) {
      if (d.url().startsWith("jdbc:h2:")) {
        // H2 without IFEXISTS would create a new empty database; with it, a dropped one is gone.
        assertThrows(SQLException.class, () -> java.sql.DriverManager.getConnection(d.url() + ";IFEXISTS=TRUE", "sa", "").close(), d.url());
      } else {
        try (Connection c = server.connect(); Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '" + d.schema() + "'")) {
          rs.next();
          assertEquals(0, rs.getInt(1), "schema " + d.schema() + " was dropped");
        }
      }
    }
  }

  @Test
  void withoutTheVariablesPostgresFailsNamingEachMissingOne() {
    Map<String, String> env = Map.of("GOVSITE_TEST_PG_USER", "govsite");
    ExtensionConfigurationException e = assertThrows(ExtensionConfigurationException.class,
        () -> PostgresEngine.fromEnvironment(env::get).create());
    assertTrue(e.getMessage().contains("not set: GOVSITE_TEST_PG_URL, GOVSITE_TEST_PG_PASSWORD."), e.getMessage());
    assertTrue(e.getMessage().contains("never skipped"), e.getMessage());
    ExtensionConfigurationException blank = assertThrows(ExtensionConfigurationException.class,
        () -> PostgresEngine.fromEnvironment(Map.of("GOVSITE_TEST_PG_URL", " ")::get).create());
    assertTrue(blank.getMessage().contains("not set: GOVSITE_TEST_PG_URL, GOVSITE_TEST_PG_USER, GOVSITE_TEST_PG_PASSWORD."), blank.getMessage());
  }

  @Test
  void aNonPostgresUrlIsRefused() {
    Map<String, String> env = Map.of("GOVSITE_TEST_PG_URL", "jdbc:h2:mem:x", "GOVSITE_TEST_PG_USER", "u", "GOVSITE_TEST_PG_PASSWORD", "p");
    assertThrows(ExtensionConfigurationException.class, () -> PostgresEngine.fromEnvironment(env::get).create());
    assertEquals("url", assertThrows(InvalidInputException.class, () -> DatabaseExtension.postgres("jdbc:h2:mem:x", "u", "p")).field());
    assertEquals("user", assertThrows(InvalidInputException.class,
        () -> DatabaseExtension.postgres("jdbc:postgresql://127.0.0.1/x", " ", "p")).field());
  }

  @Test
  void outsideATestThereIsNoDatabase() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DatabaseExtension.h2().database());
    assertTrue(e.getMessage().contains("@RegisterExtension"), e.getMessage());
  }

  @Test
  void theRecordChecksItsPartsAndHidesThePassword() {
    assertEquals("url", assertThrows(InvalidInputException.class, () -> new TestDatabase("postgres://x", "u", "p", "s")).field());
    assertEquals("password", assertThrows(InvalidInputException.class, () -> new TestDatabase("jdbc:h2:mem:x", "u", null, "s")).field());
    String shown = new TestDatabase("jdbc:h2:mem:x", "sa", "secret-word", "PUBLIC").toString();
    assertFalse(shown.contains("secret-word"), shown);
  }
}
