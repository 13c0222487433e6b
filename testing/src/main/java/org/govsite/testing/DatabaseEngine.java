package org.govsite.testing;

import java.sql.SQLException;

/** Makes and drops the databases {@link DatabaseExtension} hands out: one implementation per kind of server. */
interface DatabaseEngine {
  /** Returns a new, empty database that belongs to one test class or test. */
  TestDatabase create() throws SQLException;

  /** Drops a database this engine made, with everything in it. */
  void drop(TestDatabase database) throws SQLException;

  /** Names the server for messages, e.g. {@code H2 (in memory)}. */
  String describe();
}
