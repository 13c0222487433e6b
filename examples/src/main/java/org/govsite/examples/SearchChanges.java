package org.govsite.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.govsite.core.support.Jdbc;

/**
 * The feed of search changes in the database (搜索变更记录): which document ids a portal instance
 * changed, numbered in commit order, so that every other instance with an embedded index of its own
 * brings that index up to date ({@link SearchSync}).
 *
 * <p>Numbers come from one counter row, {@code portal_search_clock}, incremented in the transaction
 * that inserts the change: its row lock orders the writers, so change {@code n} is committed before
 * change {@code n + 1} gets its number, and a reader that has seen {@code n} never misses a smaller
 * one committed later (an identity column would allow that gap). A change names an id only: the
 * reader derives the document from the database as it is then, so applying a change twice, or late,
 * gives the same index.
 */
final class SearchChanges {
  /** A changed document id and its number. */
  record Change(long seq, String id) {}

  private final DataSource pool;

  SearchChanges(DataSource pool) {
    this.pool = pool;
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS portal_search_clock (id INT PRIMARY KEY, seq BIGINT NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS portal_search_change (seq BIGINT PRIMARY KEY, doc_id VARCHAR(200) NOT NULL,"
          + " at_ms BIGINT NOT NULL)");
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM portal_search_clock")) {
        r.next();
        if (r.getLong(1) == 0) {
          s.execute("INSERT INTO portal_search_clock (id, seq) VALUES (1, 0)");
        }
      }
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /** Records that the document {@code id} changed; returns the change's number. */
  long record(String id) {
    try {
      return Jdbc.inTransaction(pool::getConnection, Connection.TRANSACTION_READ_COMMITTED, c -> {
        try (Statement s = c.createStatement()) {
          s.executeUpdate("UPDATE portal_search_clock SET seq = seq + 1 WHERE id = 1");
        }
        long seq;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT seq FROM portal_search_clock WHERE id = 1")) {
          r.next();
          seq = r.getLong(1);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO portal_search_change (seq, doc_id, at_ms) VALUES (?, ?, ?)")) {
          p.setLong(1, seq);
          p.setString(2, id);
          p.setLong(3, System.currentTimeMillis());
          p.executeUpdate();
        }
        return seq;
      });
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /** Returns the newest number given so far (0 before the first change). */
  long latest() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT seq FROM portal_search_clock WHERE id = 1")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /** Returns the changes after {@code seq}, in order. */
  List<Change> since(long seq) {
    List<Change> out = new ArrayList<>();
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "SELECT seq, doc_id FROM portal_search_change WHERE seq > ? ORDER BY seq")) {
      p.setLong(1, seq);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new Change(r.getLong(1), r.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
    return out;
  }

  /**
   * Deletes the changes older than {@code keep}: an instance down longer than that checks its whole
   * index against the database when it starts (the fingerprint), so it needs none of them.
   */
  int purge(Duration keep) {
    try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(
        "DELETE FROM portal_search_change WHERE at_ms < ? AND seq < (SELECT seq FROM portal_search_clock WHERE id = 1)")) {
      p.setLong(1, System.currentTimeMillis() - keep.toMillis());
      return p.executeUpdate();
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }
}
