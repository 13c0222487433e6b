package org.govsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.govsite.disclosure.IndexNumberAllocator;
import org.govsite.disclosure.IndexNumberScheme;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The allocator contract on one fresh H2 database for the class (each test uses its own table). */
class H2IndexNumberAllocatorTest extends IndexNumberAllocatorContract {
  @RegisterExtension
  static final DatabaseExtension db = DatabaseExtension.h2();

  @Override
  protected DataSource dataSource() {
    return db.dataSource();
  }

  @Test
  void aFileDatabaseReopenedContinuesTheSequence(@TempDir Path dir) {
    // Closing the last connection closes an H2 file database; the next data source reopens it from disk.
    String url = "jdbc:h2:file:" + dir.resolve("serials").toAbsolutePath();
    for (int expected = 1; expected <= 3; expected++) {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(url);
      ds.setUser("sa");
      IndexNumberAllocator a = IndexNumberAllocator.builder(ds).scheme(IndexNumberScheme.govCn()).build();
      assertEquals(expected, a.allocate("000014349", "", 2025).serial());
    }
  }
}
