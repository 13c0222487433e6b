package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that hands a test a database of its own (测试数据库): a fresh in-memory H2
 * database, or a fresh schema on a real PostgreSQL server, dropped when the test is done.
 *
 * <p>Register it with {@code @RegisterExtension}. Where the field lives decides how long a
 * database lasts:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DatabaseExtension shared = DatabaseExtension.h2();         // static: one database per test class
 *
 * @RegisterExtension
 * final DatabaseExtension fresh = DatabaseExtension.postgres();          // instance: one database per test
 * }</pre>
 *
 * <p>A test reads the database from the field ({@link #database()}, {@link #dataSource()}) or
 * declares a {@link TestDatabase} or {@link DataSource} parameter, which the extension resolves in
 * a test or a lifecycle method (and, with a static field, in the test class's constructor).
 *
 * <p>{@link #postgres()} reads the server from the environment variables {@code GOVSITE_TEST_PG_URL},
 * {@code GOVSITE_TEST_PG_USER} and {@code GOVSITE_TEST_PG_PASSWORD}. When one is missing the test
 * <em>fails</em> with a message naming it: it is never skipped, so a build meant to run on
 * PostgreSQL cannot pass without one. The user needs the right to create schemas in that database.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DatabaseExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final String KEY = "database";

  private final DatabaseEngine engine;
  private final Namespace namespace = Namespace.create(DatabaseExtension.class, this);
  /** The database of the running test, for {@link #database()}; empty between tests. */
  private volatile Optional<TestDatabase> current = Optional.empty();

  private DatabaseExtension(DatabaseEngine engine) {
    this.engine = engine;
  }

  /** Returns an extension that hands out fresh in-memory H2 databases. */
  public static DatabaseExtension h2() {
    return new DatabaseExtension(new H2Engine());
  }

  /**
   * Returns an extension that hands out fresh schemas on the PostgreSQL server named by
   * {@code GOVSITE_TEST_PG_URL}, {@code GOVSITE_TEST_PG_USER} and {@code GOVSITE_TEST_PG_PASSWORD}.
   * The variables are read when a database is needed; a missing one fails the test.
   */
  public static DatabaseExtension postgres() {
    return new DatabaseExtension(PostgresEngine.fromEnvironment(System::getenv));
  }

  /**
   * Returns an extension that hands out fresh schemas on this PostgreSQL server.
   *
   * @param url a PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/govsite}
   * @param user a user allowed to create schemas in that database
   * @param password the user's password
   */
  public static DatabaseExtension postgres(String url, String user, String password) {
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      throw new InvalidInputException("url", "须为 PostgreSQL 的 JDBC URL / must be a PostgreSQL JDBC URL (jdbc:postgresql://…): " + url);
    }
    if (user == null || user.isBlank()) {
      throw new InvalidInputException("user", "不能为空 / is required");
    }
    if (password == null) {
      throw new InvalidInputException("password", "不能为空 / is required");
    }
    return new DatabaseExtension(PostgresEngine.of(url, user, password));
  }

  /** Package-private for the kit's own tests: PostgreSQL from a given environment. */
  static DatabaseExtension postgres(java.util.function.Function<String, String> environment) {
    return new DatabaseExtension(PostgresEngine.fromEnvironment(environment));
  }

  /**
   * Returns the database of the running test.
   *
   * @throws IllegalStateException outside a test, or when the extension is not registered
   */
  public TestDatabase database() {
    return current.orElseThrow(() -> new IllegalStateException("no " + engine.describe() + " database yet: register the"
        + " extension with @RegisterExtension and ask for the database inside a test or a @BeforeEach/@BeforeAll method"));
  }

  /** Returns a data source on the database of the running test (see {@link TestDatabase#dataSource()}). */
  public DataSource dataSource() {
    return database().dataSource();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    open(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    open(context);
  }

  /**
   * Makes a database unless an enclosing context already has one: a static field is seen first by
   * beforeAll (one database for the class and its nested classes), an instance field only by
   * beforeEach (one per test). The store closes the database when its context ends, after the
   * test's own {@code @AfterEach}/{@code @AfterAll} methods, whether the test passed or not.
   */
  private void open(ExtensionContext context) throws SQLException {
    ExtensionContext.Store store = context.getStore(namespace);
    if (store.get(KEY, Handle.class) != null) {
      return;
    }
    Handle handle = new Handle(engine.create());
    store.put(KEY, handle);
    current = Optional.of(handle.database);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestDatabase.class || type == DataSource.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Handle handle = context.getStore(namespace).get(KEY, Handle.class);
    TestDatabase d = handle != null ? handle.database : database();
    return parameter.getParameter().getType() == DataSource.class ? d.dataSource() : d;
  }

  /** One database, dropped when the JUnit context that made it closes. */
  private final class Handle implements ExtensionContext.Store.CloseableResource {
    private final TestDatabase database;

    Handle(TestDatabase database) {
      this.database = database;
    }

    @Override
    public void close() throws SQLException {
      if (current.filter(d -> d == database).isPresent()) {
        current = Optional.empty();
      }
      engine.drop(database);
    }
  }
}
