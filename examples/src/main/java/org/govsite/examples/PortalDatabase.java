package org.govsite.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.govsite.core.InvalidInputException;

/**
 * The portal's one long-lived connection pool (连接池), shared by the letter store, the request
 * store and the portal's own tables, with the settings that make a committed transaction survive
 * {@code kill -9} (docs/portal.md, "Durability"):
 * <ul>
 *   <li>H2: {@code SET WRITE_DELAY 0}, so that MVStore writes every commit to the file before the
 *       commit returns (H2's default, 500 ms, writes committed changes in the background: a
 *       process killed within that half second loses them). The pool keeps the database open, so
 *       no commit waits for the file to be opened again, and H2's default {@code FILE_LOCK=FILE}
 *       keeps a second process off the file.
 *   <li>PostgreSQL: the server's defaults, {@code fsync = on} and {@code synchronous_commit = on}:
 *       a commit returns after its WAL record is flushed. The pool checks them at start and refuses
 *       a server or role set to lose acknowledged commits.
 * </ul>
 */
final class PortalDatabase {
  /** Connections kept by the pool: Jetty's worker threads share them; writes are short transactions. */
  static final int POOL_SIZE = 10;

  private PortalDatabase() {}

  /**
   * Opens the pool and applies the durability settings.
   *
   * @throws InvalidInputException naming {@code jdbc.url} when the database cannot be opened, or
   *     naming the setting when PostgreSQL is set to lose acknowledged commits
   */
  static HikariDataSource open(PortalConfig config) {
    HikariConfig hc = new HikariConfig();
    hc.setPoolName("govsite-portal");
    hc.setJdbcUrl(config.effectiveJdbcUrl());
    hc.setUsername(config.jdbcUser());
    hc.setPassword(config.jdbcPassword());
    hc.setMaximumPoolSize(POOL_SIZE);
    hc.setMinimumIdle(1);
    hc.setAutoCommit(true);
    // Fail at start, not at the first request: a wrong URL or an unreachable server is bad input.
    hc.setInitializationFailTimeout(1);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new InvalidInputException("jdbc.url", "无法打开数据库 / cannot open the database: " + cause.getMessage());
    }
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      String product = c.getMetaData().getDatabaseProductName();
      if ("H2".equals(product)) {
        s.execute("SET WRITE_DELAY 0");
      } else if ("PostgreSQL".equals(product)) {
        for (String setting : new String[] {"fsync", "synchronous_commit"}) {
          try (var rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            String value = rs.getString(1);
            // synchronous_commit may also be local, remote_write or remote_apply: each flushes the local WAL first.
            if ("off".equals(value)) {
              throw new InvalidInputException("jdbc.url", "PostgreSQL 的 " + setting + " 须为 on，否则已确认的提交可能丢失 / "
                  + setting + " is '" + value + "': a commit the portal acknowledges could be lost; set it to on");
            }
          }
        }
      }
    } catch (SQLException e) {
      pool.close();
      throw new InvalidInputException("jdbc.url", "无法设置数据库 / cannot set up the database: " + e.getMessage());
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return pool;
  }
}
