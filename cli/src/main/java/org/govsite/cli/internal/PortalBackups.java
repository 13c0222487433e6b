package org.govsite.cli.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.govsite.core.ConflictException;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.InvalidInputException;
import org.govsite.core.UnavailableException;
import org.govsite.examples.DataDirLock;
import org.govsite.examples.PortalConfig;
import org.govsite.examples.PortalErrorCode;

/**
 * Backup and restore of a portal data directory's H2 database (数据备份与恢复) with H2's own tools:
 * {@code SCRIPT TO … COMPRESSION ZIP} writes every table, sequence and row of the whole database
 * (schema-agnostic: whatever tables the portal's stores created) as SQL, in one transaction, so the
 * copy is consistent; {@code RUNSCRIPT FROM … COMPRESSION ZIP} replays it into a new database.
 *
 * <p>Both directions take the portal's own data-directory lock ({@code <data>/portal.lock}, {@link
 * DataDirLock}) and hold it for their whole run: a live portal (which holds that lock, and its H2
 * database through its connection pool, for its whole life) makes them refuse with the directory
 * named (exit 2), and no portal can start on the directory while they read or replace its database.
 * A restore replays into a side file
 * and moves it into place only when the whole script ran, so a bad backup leaves the data directory
 * as it was. The search index is derived from the database and is not part of a backup; a forced
 * restore deletes it, and the portal rebuilds it at start.
 */
@API(status = INTERNAL, since = "0.1")
public final class PortalBackups {
  /** The database file's name in a data directory ({@code portal} + H2's {@code .mv.db}). */
  static final String DATABASE = "portal";
  private static final String H2_SUFFIX = ".mv.db";
  /** H2 {@code ErrorCode.DATABASE_ALREADY_OPEN_1}: another process holds the file. */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;
  /** H2 {@code ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1}. */
  private static final int H2_DATABASE_NOT_FOUND = 90146;

  private PortalBackups() {}

  /** Writes a compressed SQL script of the data directory's whole database to {@code to}; returns its size in bytes. */
  public static long backup(Path data, Path to, boolean force) {
    Path db = database(data);
    if (!Files.isRegularFile(db)) {
      throw new InvalidInputException("--data", "数据目录中没有门户数据库 / no portal database in " + data
          + " (expected " + db.getFileName() + ")");
    }
    if (Files.exists(to) && !force) {
      throw new InvalidInputException("--to", "文件已存在 / file exists: " + to + " (use --force to overwrite)");
    }
    Path parent = to.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InvalidInputException("--to", "目录不存在 / no such directory: " + parent);
    }
    Path partial = parent.resolve(to.getFileName() + ".partial");
    DataDirLock lock = lock(data); // held until the script is written: no portal starts meanwhile
    try (Connection c = open(data, url(data) + ";IFEXISTS=TRUE"); Statement s = c.createStatement()) {
      Files.deleteIfExists(partial);
      s.execute("SCRIPT TO '" + sqlString(partial) + "' COMPRESSION ZIP");
      Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return Files.size(to);
    } catch (SQLException e) {
      throw failure(data, "备份失败 / backup failed", e);
    } catch (IOException e) {
      throw new InvalidInputException("--to", "无法写入 / cannot write " + to + ": " + e.getMessage(), e);
    } finally {
      lock.close();
    }
  }

  /**
   * Replays a backup into the data directory's database; refuses a data directory that holds
   * anything unless {@code force} (then the database and the derived index are replaced).
   */
  public static void restore(Path from, Path data, boolean force) {
    if (!Files.isRegularFile(from)) {
      throw new InvalidInputException("--from", "没有这个备份文件 / no such backup file: " + from);
    }
    try {
      Files.createDirectories(data);
      if (!force && !isEmpty(data)) {
        throw new InvalidInputException("--data", "数据目录不为空 / data directory is not empty: " + data
            + " (use --force to replace its database)");
      }
      DataDirLock lock = lock(data); // held until the new database is in place: no portal starts meanwhile
      try {
        replace(from, data);
      } finally {
        lock.close();
      }
    } catch (SQLException e) {
      throw failure(data, "恢复失败 / restore failed", e);
    } catch (IOException e) {
      throw new InvalidInputException("--data", "无法写入数据目录 / cannot write " + data + ": " + e.getMessage(), e);
    }
  }

  /** Replays {@code from} into a side database and moves it over the directory's; the caller holds the lock. */
  private static void replace(Path from, Path data) throws IOException, SQLException {
    Path db = database(data);
    if (Files.exists(db)) {
      // Opening the current database proves no live portal holds it before anything is replaced.
      try (Connection c = open(data, url(data) + ";IFEXISTS=TRUE")) {
        c.isValid(1);
      }
    }
    String side = DATABASE + "-restore";
    Path sideFile = data.resolve(side + H2_SUFFIX);
    Files.deleteIfExists(sideFile);
    try (Connection c = open(data, "jdbc:h2:file:" + data.toAbsolutePath().resolve(side));
        Statement s = c.createStatement()) {
      s.execute("RUNSCRIPT FROM '" + sqlString(from.toAbsolutePath()) + "' COMPRESSION ZIP");
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      Files.deleteIfExists(sideFile);
      throw new InvalidInputException("--from", "不是可用的备份 / not a usable backup: " + from + ": "
          + e.getMessage(), e);
    }
    deleteTree(data.resolve("index"));
    Files.move(sideFile, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Takes the portal's data-directory lock for the whole operation; a live portal (or another backup
   * or restore) holds it: refused, naming the directory.
   */
  private static DataDirLock lock(Path data) {
    try {
      return DataDirLock.acquire(data);
    } catch (ConflictException e) {
      if (e.code() != PortalErrorCode.DATA_DIR_IN_USE) {
        throw e;
      }
      throw heldByPortal(data, e);
    }
  }

  private static InvalidInputException heldByPortal(Path data, Exception cause) {
    return new InvalidInputException("--data", "数据目录正被运行中的门户使用 / data directory is held by a running portal: "
        + data + " (stop it first)", cause);
  }

  private static Connection open(Path data, String url) throws SQLException {
    PortalConfig c = PortalConfig.defaults().withDataDir(data);
    return DriverManager.getConnection(url, c.jdbcUser(), c.jdbcPassword());
  }

  /** The portal's own URL for the directory (PortalConfig.effectiveJdbcUrl), so both agree on the file. */
  private static String url(Path data) {
    return PortalConfig.defaults().withDataDir(data).effectiveJdbcUrl();
  }

  private static Path database(Path data) {
    return data.toAbsolutePath().resolve(DATABASE + H2_SUFFIX);
  }

  private static RuntimeException failure(Path data, String what, SQLException e) {
    if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
      return heldByPortal(data, e);
    }
    if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
      return new InvalidInputException("--data", "数据目录中没有门户数据库 / no portal database in " + data);
    }
    return new UnavailableException(CoreErrorCode.UNAVAILABLE, what + ": " + data + ": " + e.getMessage(), e);
  }

  /** Empty but for a lock file a portal, backup or restore left (it is never deleted). */
  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.allMatch(p -> p.getFileName().toString().equals(DataDirLock.FILE));
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String sqlString(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }
}
