package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.govsite.core.UnavailableException;
import org.govsite.core.support.Checks;
import org.govsite.core.support.Jdbc;
import org.jspecify.annotations.Nullable;

/**
 * A review store in a relational database (审核数据库存储): H2 or PostgreSQL. Creates and migrates
 * its tables on start, as the letter and request stores do.
 *
 * <p>Every write is one transaction, committed before the method returns: {@link #add} inserts the
 * item and its first history row; {@link #update} runs {@code UPDATE … WHERE id = ? AND row_version
 * = v - 1} and inserts the history row (and its acknowledgements), ending any lease; {@link #lease}
 * is one conditional {@code UPDATE} of the lease columns. When another writer changed the
 * item in between, nothing is written and {@link ReviewErrorCode#ITEM_CHANGED} is thrown. History
 * rows are only ever inserted.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JdbcReviewStore implements ReviewStore {
  /** The table prefix used unless another is set. */
  public static final String DEFAULT_TABLE_PREFIX = "govsite_";

  /** Another writer won: a unique violation, a serialization failure or deadlock, H2's concurrent update. */
  private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01", "90131");

  private static final String ITEM_COLUMNS = "id, kind, subject_id, column_id, title, body, author, state, approved_stages,"
      + " review_round, row_version, submitted_ms, updated_ms";

  private final Jdbc.Connector connector;
  private final ReviewSchema schema;

  private JdbcReviewStore(Builder b) {
    this.connector = Checks.notNull(b.connector, "dataSource");
    this.schema = new ReviewSchema(b.schema, b.prefix);
  }

  /** Returns a builder; give it a data source (a pool in production) or a JDBC URL. */
  public static Builder builder() {
    return new Builder();
  }

  /** Creates or upgrades the tables (done by {@link Builder#build()} too); returns the schema version. */
  public int migrate() {
    try (Connection c = connector.open()) {
      return schema.migrate(c);
    } catch (SQLException e) {
      throw storage("migrating the review tables", e);
    }
  }

  @Override
  public ReviewItem add(ReviewItem item, ReviewEvent submitted) {
    StoreChecks.first(item, submitted);
    try {
      return inTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema.item + " (" + ITEM_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, item.id());
          ps.setString(2, item.draft().kind().code());
          ps.setString(3, item.draft().subjectId());
          ps.setString(4, item.draft().columnId());
          ps.setString(5, item.draft().title());
          ps.setString(6, item.draft().body());
          ps.setString(7, item.author());
          ps.setString(8, item.state().code());
          ps.setInt(9, item.approvedStages());
          ps.setInt(10, item.round());
          ps.setLong(11, item.version());
          ps.setLong(12, item.submitted().toEpochMilli());
          ps.setLong(13, item.updated().toEpochMilli());
          ps.executeUpdate();
        }
        insertEvent(c, submitted);
        return item;
      });
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw StoreChecks.exists(item.id());
      }
      throw storage("adding review item " + item.id(), e);
    }
  }

  @Override
  public ReviewItem update(ReviewItem next, ReviewEvent event) {
    StoreChecks.next(next, event);
    try {
      return inTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + schema.item + " SET title = ?, body = ?, state = ?,"
            + " approved_stages = ?, review_round = ?, row_version = ?, updated_ms = ?, lease_owner = NULL, lease_until_ms = NULL"
            + " WHERE id = ? AND row_version = ?")) {
          ps.setString(1, next.draft().title());
          ps.setString(2, next.draft().body());
          ps.setString(3, next.state().code());
          ps.setInt(4, next.approvedStages());
          ps.setInt(5, next.round());
          ps.setLong(6, next.version());
          ps.setLong(7, next.updated().toEpochMilli());
          ps.setString(8, next.id());
          ps.setLong(9, next.version() - 1);
          if (ps.executeUpdate() == 0) {
            throw exists(c, next.id()) ? StoreChecks.changed(next.id()) : StoreChecks.notFound(next.id());
          }
        }
        insertEvent(c, event);
        return next;
      });
    } catch (SQLException e) {
      if (lostRace(e)) {
        throw StoreChecks.changed(next.id());
      }
      throw storage("updating review item " + next.id(), e);
    }
  }

  /** One conditional UPDATE: at the version, and the lease free (none, expired, or the owner's). */
  @Override
  public boolean lease(String id, long version, String owner, Instant now, Instant until) {
    StoreChecks.lease(id, owner, now, until);
    try {
      return inTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + schema.item + " SET lease_owner = ?, lease_until_ms = ?"
            + " WHERE id = ? AND row_version = ? AND (lease_until_ms IS NULL OR lease_until_ms <= ? OR lease_owner = ?)")) {
          ps.setString(1, owner);
          ps.setLong(2, until.toEpochMilli());
          ps.setString(3, id);
          ps.setLong(4, version);
          ps.setLong(5, now.toEpochMilli());
          ps.setString(6, owner);
          return ps.executeUpdate() == 1;
        }
      });
    } catch (SQLException e) {
      if (lostRace(e)) {
        return false;
      }
      throw storage("leasing review item " + id, e);
    }
  }

  @Override
  public Optional<ReviewItem> find(String id) {
    Checks.notNull(id, "id");
    try {
      return inTransaction(c -> items(c, " WHERE id = ?", id).stream().findFirst());
    } catch (SQLException e) {
      throw storage("reading review item " + id, e);
    }
  }

  @Override
  public List<ReviewEvent> history(String id) {
    Checks.notNull(id, "id");
    try {
      return inTransaction(c -> events(c, id));
    } catch (SQLException e) {
      throw storage("reading the history of review item " + id, e);
    }
  }

  @Override
  public List<ReviewItem> list(ReviewState state) {
    Checks.notNull(state, "state");
    try {
      return inTransaction(c -> items(c, " WHERE state = ?", state.code()));
    } catch (SQLException e) {
      throw storage("listing review items", e);
    }
  }

  @Override
  public List<ReviewEvent> events() {
    try {
      return inTransaction(c -> events(c, null));
    } catch (SQLException e) {
      throw storage("reading the review history", e);
    }
  }

  private boolean exists(Connection c, String id) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM " + schema.item + " WHERE id = ?")) {
      q.setString(1, id);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next();
      }
    }
  }

  private List<ReviewItem> items(Connection c, String where, String value) throws SQLException {
    List<ReviewItem> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM " + schema.item + where
        + " ORDER BY added_order")) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Draft d = new Draft(ItemKind.fromCode(rs.getString(2), "kind"), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6));
          out.add(new ReviewItem(rs.getString(1), d, rs.getString(7), ReviewState.fromCode(rs.getString(8), "state"),
              rs.getInt(9), rs.getInt(10), rs.getLong(11), Instant.ofEpochMilli(rs.getLong(12)),
              Instant.ofEpochMilli(rs.getLong(13))));
        }
      }
    }
    return out;
  }

  /** Reads one item's history ({@code id}) or every item's, items in the order of adding. */
  private List<ReviewEvent> events(Connection c, @Nullable String id) throws SQLException {
    Map<String, Map<Long, Map<String, String>>> acks = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT item_id, seq, finding_rule, reason FROM " + schema.ack
        + (id != null ? " WHERE item_id = ?" : ""))) {
      if (id != null) {
        ps.setString(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          acks.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).computeIfAbsent(rs.getLong(2), k -> new HashMap<>())
              .put(rs.getString(3), rs.getString(4));
        }
      }
    }
    List<ReviewEvent> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT e.item_id, e.seq, e.at_ms, e.actor, e.decision, e.review_round,"
        + " e.stage, e.opinion FROM " + schema.event + " e JOIN " + schema.item + " i ON i.id = e.item_id"
        + (id != null ? " WHERE e.item_id = ?" : "") + " ORDER BY i.added_order, e.seq")) {
      if (id != null) {
        ps.setString(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String itemId = rs.getString(1);
          long seq = rs.getLong(2);
          Map<String, String> a = acks.getOrDefault(itemId, Map.of()).getOrDefault(seq, Map.of());
          out.add(new ReviewEvent(itemId, seq, Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4),
              Decision.fromCode(rs.getString(5), "decision"), rs.getInt(6), rs.getString(7), rs.getString(8), a));
        }
      }
    }
    return out;
  }

  private void insertEvent(Connection c, ReviewEvent e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema.event
        + " (item_id, seq, at_ms, actor, decision, review_round, stage, opinion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, e.itemId());
      ps.setLong(2, e.seq());
      ps.setLong(3, e.at().toEpochMilli());
      ps.setString(4, e.actor());
      ps.setString(5, e.decision().code());
      ps.setInt(6, e.round());
      ps.setString(7, e.stage());
      ps.setString(8, e.opinion());
      ps.executeUpdate();
    }
    if (e.acknowledgements().isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema.ack
        + " (item_id, seq, finding_rule, reason) VALUES (?, ?, ?, ?)")) {
      for (Map.Entry<String, String> a : e.acknowledgements().entrySet()) {
        ps.setString(1, e.itemId());
        ps.setLong(2, e.seq());
        ps.setString(3, a.getKey());
        ps.setString(4, a.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Runs work in one READ COMMITTED transaction, committed before it returns. */
  private <T> T inTransaction(Jdbc.Work<T> work) throws SQLException {
    return Jdbc.inTransaction(connector, Connection.TRANSACTION_READ_COMMITTED, work);
  }

  private static boolean lostRace(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null && LOST_RACE.contains(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static UnavailableException storage(String doing, SQLException e) {
    return new UnavailableException(ReviewErrorCode.STORAGE,
        "审核数据库操作失败 / the review store failed " + doing + ": " + e.getMessage(), e);
  }

  /** Builds a JDBC review store; each setting is checked as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private Jdbc.@Nullable Connector connector;
    private String schema = "";
    private String prefix = DEFAULT_TABLE_PREFIX;
    private boolean migrate = true;

    private Builder() {}

    /** Uses a data source: in production one long-lived pool shared with the other stores. */
    public Builder dataSource(DataSource dataSource) {
      this.connector = Jdbc.of(dataSource);
      return this;
    }

    /** Uses a JDBC URL (a connection per operation: for tools and tests, not for a server). */
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
    public JdbcReviewStore build() {
      Checks.argument(connector != null, "dataSource", "须指定数据源或 JDBC URL", "set a dataSource or a url");
      JdbcReviewStore store = new JdbcReviewStore(this);
      if (migrate) {
        store.migrate();
      }
      return store;
    }
  }
}
