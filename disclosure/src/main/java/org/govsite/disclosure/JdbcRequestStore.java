package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.govsite.core.ConflictException;
import org.govsite.core.NotFoundException;
import org.govsite.core.UnavailableException;
import org.govsite.core.support.Checks;
import org.govsite.core.support.Jdbc;
import org.jspecify.annotations.Nullable;

/**
 * A request store in a relational database (申请登记簿数据库存储): H2 or PostgreSQL. Creates and
 * migrates its tables on start, as the letter store does.
 *
 * <p>Every write is one transaction, committed before the method returns:
 * <ul>
 *   <li>{@link #add} inserts the request and its history rows together;
 *   <li>{@link #append} reads the request, checks the new event against the history rules, then
 *       {@code UPDATE … SET row_version = v + 1 WHERE id = ? AND row_version = v} and inserts the
 *       event row. When another clerk changed the request in between, nothing is written and a
 *       {@link ConflictException} with {@link DisclosureErrorCode#REQUEST_CHANGED} is thrown;
 *   <li>{@link #nextId} increments the year's counter row ({@code <prefix>request_serial}) under
 *       its row lock and commits it, so a number once handed out is never handed out again, after
 *       a crash, a restart, or by another portal instance on the same database. A number whose
 *       request is never added stays unused (a gap), never reissued.
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JdbcRequestStore implements RequestStore {
  /** The table prefix used unless another is set. */
  public static final String DEFAULT_TABLE_PREFIX = "govsite_";

  /**
   * Another writer won: a unique violation on (request, seq), a serialization failure or deadlock
   * (40001, 40P01), H2's concurrent update (90131). A lock timeout (HYT00, 55P03) is not among them:
   * nobody is known to have changed the request, the database was too slow, so it is a storage
   * failure (503), not a conflict telling a clerk to reload.
   */
  private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01", "90131");

  /** A lock wait that timed out (H2 HYT00, PostgreSQL 55P03): worth another try when allocating. */
  private static final Set<String> LOCK_TIMEOUT = Set.of("HYT00", "55P03");

  private final Jdbc.Connector connector;
  private final RequestSchema schema;
  private final int maxAttempts;

  private JdbcRequestStore(Builder b) {
    this.connector = Checks.notNull(b.connector, "dataSource");
    this.schema = new RequestSchema(b.schema, b.prefix);
    this.maxAttempts = b.maxAttempts;
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
      throw storage("migrating the request tables", e);
    }
  }

  @Override
  public String nextId(LocalDate received) {
    Checks.notNull(received, "received");
    int year = received.getYear();
    SQLException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        return inTransaction(c -> {
          String id;
          do {
            id = String.format("YSQ-%d-%06d", year, increment(c, year));
          } while (exists(c, id)); // an id taken by hand is skipped, never handed out
          return id;
        });
      } catch (SQLException e) {
        if (!lostRace(e) && !hasState(e, LOCK_TIMEOUT)) {
          throw storage("allocating a request number for " + year, e);
        }
        // Two instances created the year's counter row at once (the loser retries on the UPDATE
        // path), or the counter row stayed locked too long under load: try again.
        last = e;
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000, 2_000_000L * Math.min(attempt, 10)));
      }
    }
    throw storage("allocating a request number for " + year + " after " + maxAttempts + " attempts", last);
  }

  private long increment(Connection c, int year) throws SQLException {
    try (PreparedStatement up = c.prepareStatement("UPDATE " + schema.serial + " SET last_serial = last_serial + 1 WHERE serial_year = ?")) {
      up.setInt(1, year);
      if (up.executeUpdate() == 0) {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + schema.serial + " (serial_year, last_serial) VALUES (?, 1)")) {
          ins.setInt(1, year);
          ins.executeUpdate();
        }
      }
    }
    try (PreparedStatement q = c.prepareStatement("SELECT last_serial FROM " + schema.serial + " WHERE serial_year = ?")) {
      q.setInt(1, year);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private boolean exists(Connection c, String id) throws SQLException {
    try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM " + schema.request + " WHERE id = ?")) {
      q.setString(1, id);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public DisclosureRequest add(DisclosureRequest request) {
    Checks.notNull(request, "request");
    try {
      return inTransaction(c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema.request
            + " (id, applicant, channel, received, content, row_version, query_code) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, request.id());
          ps.setString(2, request.applicant().code());
          ps.setString(3, request.channel().code());
          ps.setDate(4, Date.valueOf(request.received()));
          ps.setString(5, request.content());
          ps.setLong(6, 0);
          ps.setString(7, request.queryCode());
          ps.executeUpdate();
        }
        insertEvents(c, request.id(), request.events(), 0);
        return request;
      });
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw new ConflictException(DisclosureErrorCode.REQUEST_EXISTS, "申请编号已存在 / a request with id " + request.id() + " exists");
      }
      throw storage("adding request " + request.id(), e);
    }
  }

  @Override
  public Optional<DisclosureRequest> find(String id) {
    Checks.notNull(id, "id");
    try {
      return inTransaction(c -> read(c, " WHERE id = ?", id).stream().findFirst().map(Row::request));
    } catch (SQLException e) {
      throw storage("reading request " + id, e);
    }
  }

  @Override
  public DisclosureRequest append(String id, RequestEvent event) {
    Checks.notNull(id, "id");
    Checks.notNull(event, "event");
    try {
      return inTransaction(c -> {
        Row row = read(c, " WHERE id = ?", id).stream().findFirst().orElseThrow(() ->
            new NotFoundException(DisclosureErrorCode.REQUEST_NOT_FOUND, "没有该申请 / no request with id " + id));
        DisclosureRequest next = row.request().with(event); // the history rules, before anything is written
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + schema.request
            + " SET row_version = ? WHERE id = ? AND row_version = ?")) {
          ps.setLong(1, row.version() + 1);
          ps.setString(2, id);
          ps.setLong(3, row.version());
          if (ps.executeUpdate() == 0) {
            throw changed(id);
          }
        }
        insertEvents(c, id, List.of(event), row.request().events().size());
        return next;
      });
    } catch (SQLException e) {
      if (lostRace(e)) {
        throw changed(id);
      }
      throw storage("appending to request " + id, e);
    }
  }

  @Override
  public List<DisclosureRequest> all() {
    try {
      return inTransaction(c -> read(c, "", null).stream().map(Row::request).toList());
    } catch (SQLException e) {
      throw storage("reading all requests", e);
    }
  }

  /** A stored request and its lock version. */
  private record Row(DisclosureRequest request, long version) {}

  /** Reads requests and their events in the caller's transaction, in the order of adding. */
  private List<Row> read(Connection c, String where, @Nullable String id) throws SQLException {
    record Head(String id, ApplicantType applicant, Channel channel, LocalDate received, String content, long version,
        String queryCode) {}
    List<Head> heads = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, applicant, channel, received, content, row_version, query_code FROM "
        + schema.request + where + " ORDER BY added_order")) {
      if (id != null) {
        ps.setString(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          heads.add(new Head(rs.getString(1), ApplicantType.fromCode(rs.getString(2)), Channel.fromCode(rs.getString(3)),
              rs.getDate(4).toLocalDate(), rs.getString(5), rs.getLong(6), rs.getString(7)));
        }
      }
    }
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<String, List<RequestEvent>> events = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT request_id, event_type, event_date, outcome, working_days FROM "
        + schema.event + (id != null ? " WHERE request_id = ?" : "") + " ORDER BY request_id, seq")) {
      if (id != null) {
        ps.setString(1, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String outcome = rs.getString(4);
          RequestEvent e = new RequestEvent(RequestEvent.Type.fromCode(rs.getString(2)), rs.getDate(3).toLocalDate(),
              outcome == null ? Optional.empty() : Optional.of(Outcome.fromCode(outcome)), rs.getInt(5));
          events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(e);
        }
      }
    }
    List<Row> out = new ArrayList<>(heads.size());
    for (Head h : heads) {
      out.add(new Row(new DisclosureRequest(h.id(), h.applicant(), h.channel(), h.received(), h.content(),
          events.getOrDefault(h.id(), List.of()), h.queryCode()), h.version()));
    }
    return out;
  }

  private void insertEvents(Connection c, String id, List<RequestEvent> events, int firstSeq) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema.event
        + " (request_id, seq, event_type, event_date, outcome, working_days) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        RequestEvent e = events.get(i);
        ps.setString(1, id);
        ps.setInt(2, firstSeq + i);
        ps.setString(3, e.type().code());
        ps.setDate(4, Date.valueOf(e.date()));
        ps.setString(5, e.outcome().map(Outcome::code).orElse(null));
        ps.setInt(6, e.workingDays());
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
    return hasState(e, LOST_RACE);
  }

  private static boolean hasState(SQLException e, Set<String> states) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null && states.contains(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static ConflictException changed(String id) {
    return new ConflictException(DisclosureErrorCode.REQUEST_CHANGED,
        "申请已被他人修改，请重新读取后再试 / request " + id + " was changed by another clerk first: read it again and retry");
  }

  private static UnavailableException storage(String doing, @Nullable SQLException e) {
    return new UnavailableException(DisclosureErrorCode.REQUEST_STORAGE,
        "申请数据库操作失败 / the request store failed " + doing + ": " + (e == null ? "" : e.getMessage()), e);
  }

  /** Builds a JDBC request store; each setting is checked as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private Jdbc.@Nullable Connector connector;
    private String schema = "";
    private String prefix = DEFAULT_TABLE_PREFIX;
    private boolean migrate = true;
    private int maxAttempts = 100;

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

    /** Sets how often {@code nextId} retries after losing the race to create a year's counter (default 100). */
    public Builder maxAttempts(int v) {
      Checks.argument(v >= 1 && v <= 10_000, "maxAttempts", "须在 1–10000 之间", "must be between 1 and 10000: " + v);
      this.maxAttempts = v;
      return this;
    }

    /** Builds the store and, unless turned off, migrates the schema. */
    public JdbcRequestStore build() {
      Checks.argument(connector != null, "dataSource", "须指定数据源或 JDBC URL", "set a dataSource or a url");
      JdbcRequestStore store = new JdbcRequestStore(this);
      if (migrate) {
        store.migrate();
      }
      return store;
    }
  }
}
