package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Channel;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.IndexNumberAllocator;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.RequestEvent;
import org.govsite.disclosure.RequestStore;
import org.govsite.examples.DataDirLock;
import org.govsite.examples.Portal;
import org.govsite.examples.PortalConfig;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.Letter;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.Submission;
import org.govsite.interaction.Transition;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govsite backup} and {@code govsite restore} round-trip a portal data directory's database. */
class BackupRestoreCommandTest {
  private static final LocalDateTime T = LocalDateTime.of(2025, 10, 9, 9, 0);
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path tmp;

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The data source the portal itself would open on the directory (PortalConfig.effectiveJdbcUrl). */
  private static JdbcDataSource dataSource(Path dir) {
    PortalConfig c = PortalConfig.defaults().withDataDir(dir);
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(c.effectiveJdbcUrl());
    ds.setUser(c.jdbcUser());
    ds.setPassword(c.jdbcPassword());
    return ds;
  }

  private static List<Letter> fill(Path dir) throws SQLException {
    JdbcDataSource ds = dataSource(dir);
    // One connection held open while filling keeps H2 from closing the file after each operation
    // (as the portal's connection pool does for the portal's whole life).
    try (Connection open = ds.getConnection()) {
      return fill(ds, open);
    }
  }

  private static List<Letter> fill(JdbcDataSource ds, Connection open) throws SQLException {
    open.isValid(1);
    Mailbox mailbox = Mailbox.builder().store(JdbcLetterStore.builder().dataSource(ds).build()).build();
    List<Letter> letters = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Letter l = mailbox.submit(new Submission("县长信箱", "consultation", "第" + i + "号咨询：孩子入学",
          "请问外来务工人员子女如何办理入学？编号" + i, "李四", "13812341234", "lisi@example.com", "", "", "web", false),
          T.plusHours(i));
      if (i % 3 != 0) {
        l = mailbox.act(l.id(), l.version(), Transition.accept("受理员", T.plusHours(i).plusMinutes(5)));
      }
      if (i % 3 == 2) {
        l = mailbox.act(l.id(), l.version(), Transition.reply("县教育局", T.plusDays(2), "可到户籍所在地学校报名。"));
      }
      letters.add(l);
    }
    IndexNumberAllocator allocator = IndexNumberAllocator.builder(ds).build();
    for (int i = 0; i < 7; i++) {
      allocator.allocate("000014348", "", 2025);
    }
    allocator.allocate("000014349", "", 2026);
    RequestStore requests = RequestStore.jdbc(ds);
    for (int i = 0; i < 5; i++) {
      DisclosureRequest r = requests.add(DisclosureRequest.received(requests.nextId(REQUESTS_RECEIVED),
          ApplicantType.NATURAL_PERSON, Channel.ONLINE, REQUESTS_RECEIVED, "申请公开第" + i + "号批复文件"));
      if (i % 2 == 0) {
        requests.append(r.id(), RequestEvent.answered(REQUESTS_RECEIVED.plusDays(3), Outcome.DISCLOSED));
      }
    }
    // A number taken but never used (a request abandoned after numbering): the counter, not the
    // requests, says what comes next, so the restore must bring the counter row back.
    assertEquals("YSQ-2025-000006", requests.nextId(REQUESTS_RECEIVED));
    return letters;
  }

  /** The day the filled requests were received. */
  private static final LocalDate REQUESTS_RECEIVED = LocalDate.of(2025, 10, 9);

  /** Every row of every user table, ordered, as text: the backup is schema-agnostic, so is the comparison. */
  private static Map<String, List<String>> rows(Path dir) throws SQLException {
    Map<String, List<String>> all = new TreeMap<>();
    try (Connection c = dataSource(dir).getConnection(); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT table_schema, table_name FROM information_schema.tables "
          + "WHERE table_type = 'BASE TABLE' AND table_schema <> 'INFORMATION_SCHEMA'")) {
        while (r.next()) {
          tables.add('"' + r.getString(1) + "\".\"" + r.getString(2) + '"');
        }
      }
      for (String t : tables) {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT * FROM " + t)) {
          int n = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              b.append(r.getString(i)).append('|');
            }
            rows.add(b.toString());
          }
        }
        rows.sort(Comparator.naturalOrder());
        all.put(t, rows);
      }
    }
    return all;
  }

  @Test
  void aBackupRestoredIntoAFreshDirectoryHoldsEveryLetterRequestHistoryRowAndAllocatorState() throws Exception {
    Path data = tmp.resolve("data");
    List<Letter> letters = fill(data);
    Map<String, List<String>> before = rows(data);
    assertTrue(before.keySet().stream().anyMatch(t -> t.toLowerCase().contains("history")), before.keySet().toString());

    Path file = tmp.resolve("portal-backup.zip");
    assertEquals(0, run("backup", "--data", data.toString(), "--to", file.toString()), err.toString());
    assertTrue(Files.size(file) > 0);

    Path fresh = tmp.resolve("fresh");
    assertEquals(0, run("restore", "--from", file.toString(), "--data", fresh.toString()), err.toString());
    assertEquals(before, rows(fresh));

    // Through the library again: the same letters with their history, and the allocators continue.
    JdbcDataSource ds = dataSource(fresh);
    JdbcLetterStore store = JdbcLetterStore.builder().dataSource(ds).build();
    for (Letter l : letters) {
      Letter got = store.find(l.id()).orElseThrow();
      assertEquals(l, got);
      assertEquals(l.history(), got.history());
    }
    assertEquals(letters.size(), store.all().size());
    IndexNumberAllocator allocator = IndexNumberAllocator.builder(ds).build();
    assertEquals(7, allocator.lastSerial("000014348", "", 2025));
    assertEquals(8, allocator.allocate("000014348", "", 2025).serial());
    assertEquals(2, allocator.allocate("000014349", "", 2026).serial());
    // The 依申请公开 requests with their events, and the request numbering continues after the last.
    RequestStore requests = RequestStore.jdbc(ds);
    assertEquals(5, requests.all().size());
    assertEquals(3, requests.all().stream().filter(r -> !r.events().isEmpty()).count());
    assertEquals(List.of("YSQ-2025-000001", "YSQ-2025-000002", "YSQ-2025-000003", "YSQ-2025-000004", "YSQ-2025-000005"),
        requests.all().stream().map(DisclosureRequest::id).sorted().toList());
    assertEquals("YSQ-2025-000007", requests.nextId(REQUESTS_RECEIVED)); // 6 was taken before the backup
    Mailbox mailbox = Mailbox.builder().store(store).build();
    Letter next = mailbox.submit(new Submission("县长信箱", "consultation", "恢复后的新来信", "恢复后还能收信吗？", "王五",
        "13812341234", "", "", "", "web", false), T.plusDays(3));
    assertFalse(letters.stream().anyMatch(l -> l.id().equals(next.id())), next.id());
  }

  @Test
  void restoreRefusesANonEmptyDirectoryUnlessForced() throws Exception {
    Path data = tmp.resolve("data");
    fill(data);
    Path file = tmp.resolve("b.zip");
    assertEquals(0, run("backup", "--data", data.toString(), "--to", file.toString()));
    Path other = tmp.resolve("other");
    Files.createDirectories(other.resolve("index"));
    Files.writeString(other.resolve("index").resolve("stale"), "x");
    assertEquals(2, run("restore", "--from", file.toString(), "--data", other.toString()));
    assertOneLine("--data", "not empty");
    assertEquals(0, run("restore", "--from", file.toString(), "--data", other.toString(), "--force"), err.toString());
    assertFalse(Files.exists(other.resolve("index")));
    assertEquals(rows(data), rows(other));
    // A second forced restore over a restored database replaces it, leaving the same rows.
    assertEquals(0, run("restore", "--from", file.toString(), "--data", other.toString(), "--force"), err.toString());
    assertEquals(rows(data), rows(other));
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertEquals(2, run("backup", "--data", empty.toString(), "--to", tmp.resolve("x.zip").toString()));
    assertOneLine("--data", "no portal database");
    Path notABackup = Files.writeString(tmp.resolve("notes.zip"), "not a zip");
    assertEquals(2, run("restore", "--from", notABackup.toString(), "--data", tmp.resolve("r").toString()));
    assertOneLine("--from", "not a usable backup");
    assertFalse(Files.exists(tmp.resolve("r").resolve("portal.mv.db")));
    assertEquals(2, run("restore", "--from", tmp.resolve("missing.zip").toString(), "--data", tmp.resolve("r").toString()));
    assertOneLine("--from", "no such backup file");
    Path data = tmp.resolve("data");
    fill(data);
    Path file = Files.writeString(tmp.resolve("exists.zip"), "");
    assertEquals(2, run("backup", "--data", data.toString(), "--to", file.toString()));
    assertOneLine("--to", "exists");
    assertEquals(0, run("backup", "--data", data.toString(), "--to", file.toString(), "--force"), err.toString());
  }

  @Test
  void aDirectoryWhoseDatabaseARunningPortalHoldsIsRefusedNamingIt() throws Exception {
    refusedWhileHeld(PortalConfig.defaults().withDataDir(tmp.resolve("data")).effectiveJdbcUrl());
  }

  @Test
  void aDirectoryWhosePortalLockAnotherProcessHoldsIsRefusedNamingIt() throws Exception {
    // A portal in another JVM holds <data>/portal.lock (DataDirLock) for its whole life.
    refusedWhileHeld("portal:" + tmp.resolve("data"));
  }

  @Test
  void aDirectoryARunningPortalInThisJvmUsesIsRefusedAndThePortalKeepsItsLock() throws Exception {
    Path data = tmp.resolve("data");
    fill(data);
    Path file = tmp.resolve("b.zip");
    assertEquals(0, run("backup", "--data", data.toString(), "--to", file.toString()));
    try (Portal portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data))) {
      assertTrue(portal.port() > 0);
      assertEquals(2, run("backup", "--data", data.toString(), "--to", tmp.resolve("c.zip").toString()));
      assertOneLine(data.toString(), "held by a running portal");
      assertFalse(Files.exists(tmp.resolve("c.zip")));
      assertEquals(2, run("restore", "--from", file.toString(), "--data", data.toString(), "--force"));
      assertOneLine(data.toString(), "held by a running portal");
      // The refusals opened no channel on portal.lock, so the portal's lock still holds against another process.
      assertEquals("held", probe(data.resolve(DataDirLock.FILE)));
    }
    assertEquals("free", probe(data.resolve(DataDirLock.FILE)));
    assertEquals(0, run("restore", "--from", file.toString(), "--data", data.toString(), "--force"), err.toString());
    assertEquals(0, run("backup", "--data", data.toString(), "--to", tmp.resolve("c.zip").toString()), err.toString());
  }

  /** Whether another process finds the lock file locked ({@code held}) or not ({@code free}). */
  private static String probe(Path lockFile) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Holder.class.getName(), "probe:" + lockFile)
        .redirectErrorStream(true).start();
    p.getOutputStream().close();
    String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "probe did not end");
    assertEquals(0, p.exitValue(), said);
    return said;
  }

  private void refusedWhileHeld(String what) throws Exception {
    Path data = tmp.resolve("data");
    fill(data);
    Path file = tmp.resolve("b.zip");
    assertEquals(0, run("backup", "--data", data.toString(), "--to", file.toString()));
    // Another JVM holds the database or the lock file, as a running portal does.
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Holder.class.getName(), what).redirectErrorStream(true).start();
    try {
      java.io.BufferedReader ready = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8));
      assertEquals("ready", ready.readLine());
      assertEquals(2, run("backup", "--data", data.toString(), "--to", tmp.resolve("c.zip").toString()));
      assertOneLine(data.toString(), "held by a running portal");
      assertEquals(2, run("restore", "--from", file.toString(), "--data", data.toString(), "--force"));
      assertOneLine(data.toString(), "held by a running portal");
    } finally {
      holder.getOutputStream().close();
      assertEquals(0, holder.waitFor());
    }
    assertEquals(0, run("restore", "--from", file.toString(), "--data", data.toString(), "--force"), err.toString());
  }

  /**
   * Holds an H2 database (a JDBC URL) or a portal's data-directory lock ({@code portal:DIR}) until its
   * standard input closes, or prints whether a lock file is locked ({@code probe:FILE}).
   */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      if (args[0].startsWith("probe:")) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(Path.of(args[0].substring(6)),
            java.nio.file.StandardOpenOption.WRITE)) {
          java.nio.channels.FileLock l = ch.tryLock();
          System.out.println(l == null ? "held" : "free");
        }
      } else if (args[0].startsWith("portal:")) {
        try (DataDirLock l = DataDirLock.acquire(Path.of(args[0].substring(7)))) {
          waitForEof();
        }
      } else if (args[0].startsWith("jdbc:")) {
        try (Connection c = java.sql.DriverManager.getConnection(args[0], "", "")) {
          c.isValid(1);
          waitForEof();
        }
      }
    }

    private static void waitForEof() throws java.io.IOException {
      System.out.println("ready");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our input
      }
    }
  }

  @Test
  void helpNamesTheOptions() {
    assertEquals(0, run("backup", "--help"));
    assertTrue(out.toString().contains("--data") && out.toString().contains("--to"), out.toString());
    assertEquals(0, run("restore", "--help"));
    assertTrue(out.toString().contains("--from") && out.toString().contains("--force"), out.toString());
  }

  private void assertOneLine(String field, String text) {
    String e = err.toString().strip();
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.startsWith("govsite: ") && e.contains(field) && e.contains(text), e);
  }
}
