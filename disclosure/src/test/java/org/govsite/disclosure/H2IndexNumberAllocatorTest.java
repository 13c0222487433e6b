package org.govsite.disclosure;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** The allocator on an embedded H2 database in a file, reopened for every data source (a restart). */
class H2IndexNumberAllocatorTest extends AllocatorContract {
  @TempDir Path dir;

  @Override
  DataSource dataSource() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:file:" + dir.resolve("serials").toAbsolutePath());
    ds.setUser("sa");
    return ds;
  }

  @Override
  String table(String name) {
    return "serial_" + name;
  }
}
