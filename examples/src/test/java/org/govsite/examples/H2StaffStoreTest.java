package org.govsite.examples;

import org.govsite.testing.DatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The staff action log on an in-memory H2 database. */
class H2StaffStoreTest extends StaffStoreContract {
  @RegisterExtension final DatabaseExtension db = DatabaseExtension.h2();

  @Override
  DatabaseExtension db() {
    return db;
  }
}
