package org.govsite.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.govsite.core.site.FreshnessEvent;
import org.govsite.core.UnavailableException;
import org.govsite.core.identifiers.WebsiteCode;

/**
 * The portal's own two tables beside the mailbox's: column items and the screening queue. The SQL
 * is the common subset of H2 and PostgreSQL, like the mailbox store's.
 */
final class Tables {
  /** A column item (栏目信息). */
  public record Article(String id, String columnId, String title, String body, LocalDateTime published) {}

  /** Content held for review by the screening filter (待审核). */
  public record Held(long id, String kind, String reference, String summary, String findings, LocalDateTime at) {}

  /** The longest reference (a letter or request id, or the page a resident reports) the queue keeps. */
  static final int MAX_REFERENCE = 100;

  private final DataSource pool;

  /** Creates the tables when missing, on the portal's one pool (opened, and checked, by {@link PortalDatabase}). */
  Tables(DataSource pool) {
    this.pool = pool;
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS portal_article (id VARCHAR(64) PRIMARY KEY, column_id VARCHAR(64) NOT NULL,"
          + " title VARCHAR(300) NOT NULL, body VARCHAR(10000) NOT NULL, published TIMESTAMP NOT NULL)");
      s.execute("CREATE TABLE IF NOT EXISTS portal_held (id BIGINT PRIMARY KEY, kind VARCHAR(40) NOT NULL,"
          + " reference VARCHAR(" + MAX_REFERENCE + ") NOT NULL, summary VARCHAR(300) NOT NULL, findings VARCHAR(4000) NOT NULL,"
          + " held_at TIMESTAMP NOT NULL)");
    } catch (SQLException e) {
      throw storage(e);
    }
  }

  /** Borrows a connection from the pool; closing it gives it back. */
  Connection connect() throws SQLException {
    return pool.getConnection();
  }

  static UnavailableException storage(SQLException e) {
    return new UnavailableException(PortalErrorCode.PORTAL_STORAGE, "数据库错误 / database error: " + e.getMessage(), e);
  }

  /** Returns true when no column item exists yet (first start). */
  public boolean empty() {
    return articles().isEmpty();
  }

  /** Stores a column item. */
  public void addArticle(Article a) {
    try (Connection c = connect(); PreparedStatement p = c.prepareStatement(
        "INSERT INTO portal_article (id, column_id, title, body, published) VALUES (?, ?, ?, ?, ?)")) {
      p.setString(1, a.id());
      p.setString(2, a.columnId());
      p.setString(3, a.title());
      p.setString(4, a.body());
      p.setTimestamp(5, Timestamp.valueOf(a.published()));
      p.executeUpdate();
    } catch (SQLException e) {
      throw storage(e);
    }
  }

  /**
   * Stores a column item published through review, replacing the one with the same id: a
   * publication listener may be told of one item twice ({@link org.govsite.review.PublicationListener}).
   */
  public void putArticle(Article a) {
    try {
      org.govsite.core.support.Jdbc.inTransaction(this::connect, -1, c -> {
        deleteArticle(c, a.id());
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO portal_article (id, column_id, title, body, published) VALUES (?, ?, ?, ?, ?)")) {
          p.setString(1, a.id());
          p.setString(2, a.columnId());
          p.setString(3, a.title());
          p.setString(4, a.body());
          p.setTimestamp(5, Timestamp.valueOf(a.published()));
          p.executeUpdate();
        }
        return Boolean.TRUE;
      });
    } catch (SQLException e) {
      throw storage(e);
    }
  }

  /** Removes a column item (撤稿); nothing happens when it is not stored. */
  public void removeArticle(String id) {
    try (Connection c = connect()) {
      deleteArticle(c, id);
    } catch (SQLException e) {
      throw storage(e);
    }
  }

  private static void deleteArticle(Connection c, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM portal_article WHERE id = ?")) {
      p.setString(1, id);
      p.executeUpdate();
    }
  }

  /** Returns every column item, newest first. */
  public List<Article> articles() {
    List<Article> out = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT id, column_id, title, body, published FROM portal_article ORDER BY published DESC, id")) {
      while (r.next()) {
        out.add(new Article(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getTimestamp(5).toLocalDateTime()));
      }
    } catch (SQLException e) {
      throw storage(e);
    }
    return out;
  }

  /** Returns one column item. */
  public Optional<Article> article(String id) {
    return articles().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Returns the freshness events the column items stand for (one appearance each). */
  public List<FreshnessEvent> freshnessEvents(WebsiteCode site) {
    List<FreshnessEvent> out = new ArrayList<>();
    LocalDateTime latest = null;
    for (Article a : articles()) {
      out.add(FreshnessEvent.appear(site, a.columnId(), a.id(), a.title(), a.published()));
      latest = latest == null || a.published().isAfter(latest) ? a.published() : latest;
    }
    if (latest != null) {
      out.add(FreshnessEvent.homePageUpdated(site, latest));
    }
    return out;
  }

  /**
   * Puts content into the screening queue. The next id is the largest plus one; another instance
   * taking the same one at the same moment makes the primary key refuse the second insert, which
   * then takes the next id (a few tries: the queue is written a few times a day).
   */
  public synchronized void hold(String kind, String reference, String summary, String findings, LocalDateTime at) {
    for (int attempt = 0; ; attempt++) {
      try {
        insertHeld(kind, reference, summary, findings, at);
        return;
      } catch (SQLException e) {
        if (!"23505".equals(e.getSQLState()) || attempt >= 9) {
          throw storage(e);
        }
      }
    }
  }

  private void insertHeld(String kind, String reference, String summary, String findings, LocalDateTime at) throws SQLException {
    try (Connection c = connect()) {
      long next;
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM portal_held")) {
        r.next();
        next = r.getLong(1);
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO portal_held (id, kind, reference, summary, findings, held_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        p.setLong(1, next);
        p.setString(2, kind);
        p.setString(3, reference);
        p.setString(4, cut(summary, 300));
        p.setString(5, cut(findings, 4000));
        p.setTimestamp(6, Timestamp.valueOf(at));
        p.executeUpdate();
      }
    }
  }

  /** Returns the screening queue, newest first. */
  public List<Held> held() {
    List<Held> out = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT id, kind, reference, summary, findings, held_at FROM portal_held ORDER BY id DESC")) {
      while (r.next()) {
        out.add(new Held(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
            r.getTimestamp(6).toLocalDateTime()));
      }
    } catch (SQLException e) {
      throw storage(e);
    }
    return out;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
