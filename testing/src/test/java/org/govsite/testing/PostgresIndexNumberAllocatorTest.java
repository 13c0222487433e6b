package org.govsite.testing;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The allocator contract on a real PostgreSQL server, in one fresh schema for the class. Never
 * skipped: without {@code GOVSITE_TEST_PG_*} the tests fail and say which variable is missing.
 */
class PostgresIndexNumberAllocatorTest extends IndexNumberAllocatorContract {
  @RegisterExtension
  static final DatabaseExtension db = DatabaseExtension.postgres();

  @Override
  protected DataSource dataSource() {
    return db.dataSource();
  }
}
