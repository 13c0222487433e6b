package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.core.support.Jdbc;
import org.govsite.interaction.internal.jdbc.JdbcSchema;
import org.jspecify.annotations.Nullable;

/**
 * A letter store in a relational database (数据库存储): H2 (embedded, the default) or PostgreSQL
 * and compatible databases. Creates and migrates its tables on start.
 *
 * <p>Every update runs in one transaction: {@code UPDATE … WHERE id = ? AND row_version = ?}, then
 * the new history rows. When another operator got there first, nothing is written and a
 * {@link ConcurrentUpdateException} is thrown. History rows are only ever inserted.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JdbcLetterStore implements LetterStore {
  /** The table prefix used unless another is set. */
  public static final String DEFAULT_TABLE_PREFIX = "govsite_";

  /** Unique violation, serialization failure, PostgreSQL deadlock: another writer won the race. */
  private static final java.util.Set<String> LOST_RACE = java.util.Set.of("23505", "40001", "40P01");

  private final Jdbc.Connector connector;
  private final JdbcSchema schema;
  private final String select;
  private final String update;
  private final String insert;
  private final String insertHistory;

  private JdbcLetterStore(Builder b) {
    this.connector = Checks.notNull(b.connector, "url");
    this.schema = new JdbcSchema(b.schema, b.prefix);
    String cols = String.join(", ", LetterRows.COLUMNS);
    this.select = "SELECT id, " + cols + " FROM " + schema.letter();
    this.update = "UPDATE " + schema.letter() + " SET "
        + LetterRows.COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
        + " WHERE id = ? AND row_version = ?";
    this.insert = "INSERT INTO " + schema.letter() + " (" + cols + ", id) VALUES ("
        + "?, ".repeat(LetterRows.COLUMNS.size()) + "?)";
    this.insertHistory = "INSERT INTO " + schema.history() + " (" + String.join(", ", LetterRows.HISTORY_COLUMNS)
        + ") VALUES (" + "?, ".repeat(LetterRows.HISTORY_COLUMNS.size() - 1) + "?)";
  }

  /** Returns a builder; give it a data source or a JDBC URL. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a store in an embedded H2 database file at {@code file} (H2 adds {@code .mv.db}). */
  public static JdbcLetterStore h2File(Path file) {
    Checks.notNull(file, "file");
    // DB_CLOSE_DELAY=-1 keeps the database open between connections: without it H2 would open
    // and close the file for every action (about 10 actions per second instead of thousands).
    return builder().url("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1", "sa", "").build();
  }

  /** Creates or upgrades the tables (done by {@link Builder#build()} too); returns the schema version. */
  public int migrate() {
    try (Connection c = connector.open()) {
      return schema.migrate(c);
    } catch (SQLException e) {
      throw new StoreException("migrating the schema", e);
    }
  }

  @Override
  public void insert(Letter letter) {
    Checks.notNull(letter, "letter");
    inTransaction("inserting letter " + letter.id(), letter.id(), 0, c -> {
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        LetterRows.bindLetter(ps, letter);
        ps.executeUpdate();
      }
      insertHistory(c, letter, 0);
    });
  }

  @Override
  public Optional<Letter> find(String id) {
    Checks.notNull(id, "id");
    List<Letter> found = query("reading letter " + id, " WHERE id = ?", List.of(id));
    return found.stream().findFirst();
  }

  @Override
  public void update(Letter next, long expectedVersion) {
    Checks.notNull(next, "letter");
    Checks.argument(next.version() > expectedVersion, "version", "新版本须大于原版本",
        "the next version must be above " + expectedVersion);
    inTransaction("updating letter " + next.id(), next.id(), expectedVersion, c -> {
      int rows;
      try (PreparedStatement ps = c.prepareStatement(update)) {
        int i = LetterRows.bindLetter(ps, next);
        ps.setLong(i, expectedVersion);
        rows = ps.executeUpdate();
      }
      if (rows == 0) {
        try (PreparedStatement ps = c.prepareStatement("SELECT row_version FROM " + schema.letter() + " WHERE id = ?")) {
          ps.setString(1, next.id());
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              throw new LetterNotFoundException(next.id());
            }
            throw new ConcurrentUpdateException(next.id(), expectedVersion, "stored version is " + rs.getLong(1));
          }
        }
      }
      insertHistory(c, next, expectedVersion);
    });
  }

  @Override
  public List<Letter> byWriter(String writerKey, LocalDateTime since) {
    Checks.notNull(writerKey, "writerKey");
    Checks.notNull(since, "since");
    if (writerKey.isEmpty()) {
      return List.of();
    }
    return query("reading a writer's letters", " WHERE writer_key = ? AND received >= ? ORDER BY received, id",
        List.of(writerKey, since));
  }

  @Override
  public List<Letter> published(int offset, int limit) {
    Checks.argument(offset >= 0, "offset", "不能为负数", "offset must not be negative");
    Checks.argument(limit >= 0, "limit", "不能为负数", "limit must not be negative");
    return query("reading published letters",
        " WHERE published_at IS NOT NULL ORDER BY received DESC, id DESC LIMIT ? OFFSET ?", List.of(limit, offset));
  }

  @Override
  public long countPublished() {
    try (Connection c = connector.open();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + schema.letter() + " WHERE published_at IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("counting published letters", e);
    }
  }

  @Override
  public List<Letter> all() {
    return query("reading all letters", " ORDER BY received, id", List.of());
  }

  private void insertHistory(Connection c, Letter letter, long after) throws SQLException {
    List<HistoryEntry> fresh = letter.history().subList((int) Math.min(after, letter.history().size()), letter.history().size());
    if (fresh.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(insertHistory)) {
      for (HistoryEntry e : fresh) {
        LetterRows.bindHistory(ps, letter.id(), e);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private List<Letter> query(String doing, String where, List<Object> params) {
    try (Connection c = connector.open()) {
      // One snapshot for letters and their history, so a letter never meets a newer history.
      boolean auto = c.getAutoCommit();
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        List<Letter.Builder> builders = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(select + where)) {
          for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              builders.add(LetterRows.readLetter(rs));
              ids.add(rs.getString("id"));
            }
          }
        }
        Map<String, List<HistoryEntry>> history = history(c, ids);
        List<Letter> out = new ArrayList<>();
        for (int i = 0; i < builders.size(); i++) {
          out.add(builders.get(i).history(history.getOrDefault(ids.get(i), List.of())).build());
        }
        c.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        // Pooled connections go back as they came.
        c.setTransactionIsolation(isolation);
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException(doing, e);
    }
  }

  private Map<String, List<HistoryEntry>> history(Connection c, List<String> ids) throws SQLException {
    Map<String, List<HistoryEntry>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String base = "SELECT " + String.join(", ", LetterRows.HISTORY_COLUMNS) + " FROM " + schema.history();
    if (ids.size() > 500) {
      // A large read (a report): one pass over the history is cheaper than long IN lists.
      try (PreparedStatement ps = c.prepareStatement(base + " ORDER BY letter_id, seq"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString("letter_id"), k -> new ArrayList<>()).add(LetterRows.readHistory(rs));
        }
      }
      return out;
    }
    String in = ids.stream().map(x -> "?").collect(Collectors.joining(", "));
    try (PreparedStatement ps = c.prepareStatement(base + " WHERE letter_id IN (" + in + ") ORDER BY letter_id, seq")) {
      for (int i = 0; i < ids.size(); i++) {
        ps.setString(i + 1, ids.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString("letter_id"), k -> new ArrayList<>()).add(LetterRows.readHistory(rs));
        }
      }
    }
    return out;
  }

  @FunctionalInterface
  private interface Work {
    void run(Connection c) throws SQLException;
  }

  private void inTransaction(String doing, String id, long expectedVersion, Work work) {
    try {
      Jdbc.inTransaction(connector, -1, c -> {
        work.run(c);
        return Boolean.TRUE; // the store's work returns nothing
      });
    } catch (SQLException e) {
      if (LOST_RACE.contains(e.getSQLState())) {
        throw new ConcurrentUpdateException(id, expectedVersion, "a concurrent write got there first");
      }
      throw new StoreException(doing, e);
    }
  }

  /** Builds a JDBC store; each setting is checked as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private Jdbc.@Nullable Connector connector;
    private String schema = "";
    private String prefix = DEFAULT_TABLE_PREFIX;
    private boolean migrate = true;

    private Builder() {}

    /** Uses a data source (a connection pool in production). */
    public Builder dataSource(DataSource dataSource) {
      this.connector = Jdbc.of(dataSource);
      return this;
    }

    /** Uses a JDBC URL, e.g. {@code jdbc:h2:mem:mailbox;DB_CLOSE_DELAY=-1} or {@code jdbc:postgresql://…}. */
    public Builder url(String url, String user, String password) {
      this.connector = Jdbc.url(url, user, password);
      return this;
    }

    /** Puts the tables in a database schema of their own, created when missing ("" for the default). */
    public Builder schema(String schema) {
      this.schema = Jdbc.identifier(schema, "schema");
      return this;
    }

    /** Sets the table name prefix (default {@code govsite_}). */
    public Builder tablePrefix(String prefix) {
      this.prefix = Jdbc.identifier(prefix, "tablePrefix");
      return this;
    }

    /** Sets whether {@link #build()} creates and migrates the tables (default true). */
    public Builder migrateOnBuild(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /** Builds the store and, unless turned off, migrates the schema. */
    public JdbcLetterStore build() {
      Checks.argument(connector != null, "url", "须指定数据源或 JDBC URL", "set a dataSource or a url");
      JdbcLetterStore store = new JdbcLetterStore(this);
      if (migrate) {
        store.migrate();
      }
      return store;
    }
  }
}
