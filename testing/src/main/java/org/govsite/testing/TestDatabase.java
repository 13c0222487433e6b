package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A database handed to a test (测试数据库): where to connect, as whom, and the schema that belongs to
 * the test alone.
 *
 * <p>{@link DatabaseExtension} makes one per test class or per test and drops it afterwards. For
 * PostgreSQL the {@code url} already selects {@code schema} as the current schema, so a store that
 * creates its tables without naming a schema creates them there; a store that takes a schema (such
 * as {@code JdbcLetterStore.builder().schema(…)}) can be given {@code schema} itself.
 *
 * @param url the JDBC URL
 * @param user the user name
 * @param password the password (may be empty)
 * @param schema the test's own schema: a fresh {@code govsite_test_…} schema on PostgreSQL,
 *     {@code PUBLIC} in a fresh H2 database
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TestDatabase(String url, String user, String password, String schema) {
  /** Checks that every part is present and the URL is a JDBC URL. */
  public TestDatabase {
    Checks.notNull(url, "url");
    Checks.argument(url.startsWith("jdbc:"), "url", "须以 jdbc: 开头", "must start with jdbc: '" + url + "'");
    Checks.notNull(user, "user");
    Checks.notNull(password, "password");
    Checks.notNull(schema, "schema");
  }

  /**
   * Returns a data source on this database. It does not pool: every {@code getConnection()} opens a
   * connection through {@link DriverManager}, which is what a test wants (no connection outlives the
   * database) and works for any JDBC driver on the class path.
   */
  public DataSource dataSource() {
    return new DriverManagerDataSource(url, user, password);
  }

  /** Opens a connection to this database; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Hides the password, which test reports print. */
  @Override
  public String toString() {
    return "TestDatabase[url=" + url + ", user=" + user + ", schema=" + schema + "]";
  }
}
