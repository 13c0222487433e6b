package org.govsite.examples;

import org.govsite.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The staff action log on the real PostgreSQL, in a fresh schema. */
class PostgresStaffStoreTest extends StaffStoreContract {
  @RegisterExtension final DatabaseExtension db = DatabaseExtension.postgres();

  @Override
  DatabaseExtension db() {
    return db;
  }
}
