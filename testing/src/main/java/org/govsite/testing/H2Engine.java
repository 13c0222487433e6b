package org.govsite.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Fresh in-memory H2 databases, each under a random name, so nothing is shared between them. */
final class H2Engine implements DatabaseEngine {
  @Override
  public TestDatabase create() {
    // DB_CLOSE_DELAY=-1 keeps the database between connections until drop() shuts it down: a store
    // under test opens and closes connections freely.
    return new TestDatabase("jdbc:h2:mem:govsite-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
  }

  @Override
  public void drop(TestDatabase database) throws SQLException {
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
  }

  @Override
  public String describe() {
    return "H2 (in memory)";
  }
}
