package org.govsite.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Values every portal on one database must agree on (共享设置), in {@code portal_setting}: the form
 * token secret, made once by whichever instance starts first. A value is written only when absent,
 * under the table's primary key, so two instances starting at once keep the same one.
 */
final class SharedSettings {
  /** The longest value kept. */
  static final int MAX_VALUE = 400;
  private final DataSource pool;

  SharedSettings(DataSource pool) {
    this.pool = pool;
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS portal_setting (name VARCHAR(64) PRIMARY KEY, setting_value VARCHAR("
          + MAX_VALUE + ") NOT NULL)");
    } catch (SQLException e) {
      if (!"42P07".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
        throw Tables.storage(e); // else: another instance created it at the same moment
      }
    }
  }

  /** Returns the stored value, if any. */
  Optional<String> get(String name) {
    try (Connection c = pool.getConnection();
         PreparedStatement p = c.prepareStatement("SELECT setting_value FROM portal_setting WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw Tables.storage(e);
    }
  }

  /**
   * Returns the stored value, or stores {@code fresh}'s and returns it; when another instance stored
   * one meanwhile (the primary key refuses the second insert), returns that one.
   */
  String getOrCreate(String name, Supplier<String> fresh) {
    Optional<String> stored = get(name);
    if (stored.isPresent()) {
      return stored.get();
    }
    try (Connection c = pool.getConnection();
         PreparedStatement p = c.prepareStatement("INSERT INTO portal_setting (name, setting_value) VALUES (?, ?)")) {
      p.setString(1, name);
      p.setString(2, fresh.get());
      p.executeUpdate();
    } catch (SQLException e) {
      if (!"23505".equals(e.getSQLState())) {
        throw Tables.storage(e);
      }
    }
    return get(name).orElseThrow(() -> new IllegalStateException("setting " + name + " vanished"));
  }
}
