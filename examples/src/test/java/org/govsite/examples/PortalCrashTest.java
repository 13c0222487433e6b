package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.govsite.testing.DatabaseExtension;
import org.govsite.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost (issue 14): the example portal runs in its own JVM, several clients
 * stream letters and 依申请公开 requests at it, the JVM is killed with SIGKILL at a random moment
 * and restarted on the same data directory; every acknowledged letter and request must be there
 * exactly once, and no id acknowledged before may be given again. Three rounds, on the portal's
 * default H2 data directory and on a real PostgreSQL (never skipped: without
 * {@code GOVSITE_TEST_PG_*} the PostgreSQL half fails). The seed of the kill moments is printed
 * and can be fixed with {@code -Dgovsite.crash.seed=N}.
 */
class PortalCrashTest {
  /**
   * The check after each restart reads back every acknowledged letter and request through the
   * status API, hundreds a second from one address: the lookup throttle (30 a minute by default)
   * is lifted for it, since what is tested here is durability.
   */
  static final String UNTHROTTLED = "GOVSITE_PORTAL_LIMITS_LOOKUP_PER_MINUTE";

  static final int ROUNDS = 3;
  static final int CLIENTS_PER_KIND = 2;
  /** Acknowledged letters and requests each, before the random kill moment starts counting. */
  static final int WARM_UP = 10;
  /** The kill comes this many milliseconds after the warm-up, at most {@link #KILL_SPREAD_MS} more. */
  static final int KILL_AFTER_MS = 300;
  static final int KILL_SPREAD_MS = 1_700;
  /** Letters and requests each sent one at a time after every restart, to catch a reissued number at once. */
  static final int PROBES = 10;

  @Nested
  class OnH2 {
    @TempDir Path data;

    @Test
    void everyAcknowledgedLetterAndRequestSurvivesSigkill() throws Exception {
      String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("portal");
      new Rounds("h2", data, Map.of(UNTHROTTLED, "1000000"), () -> DriverManager.getConnection(url, "", ""), "govsite_letter").run();
    }
  }

  @Nested
  class OnPostgreSql {
    @RegisterExtension final DatabaseExtension db = DatabaseExtension.postgres();
    @TempDir Path data;

    @Test
    void everyAcknowledgedLetterAndRequestSurvivesSigkill(TestDatabase pg) throws Exception {
      new Rounds("postgresql", data, Map.of("GOVSITE_PORTAL_JDBC_URL", pg.url(), "GOVSITE_PORTAL_JDBC_USER", pg.user(),
          "GOVSITE_PORTAL_JDBC_PASSWORD", pg.password(), UNTHROTTLED, "1000000"), pg::connect, pg.schema() + ".govsite_letter").run();
    }
  }

  /** Opens the portal's database once its JVM is gone. */
  interface Database {
    Connection connect() throws SQLException;
  }

  /** The rounds on one database: stream, kill, restart, check. */
  static final class Rounds {
    private final String name;
    private final Path data;
    private final Map<String, String> settings;
    private final Database database;
    private final String letterTable;
    private final Map<String, String> letters = new LinkedHashMap<>();
    private final Map<String, String> requests = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    Rounds(String name, Path data, Map<String, String> settings, Database database, String letterTable) {
      this.name = name;
      this.data = data;
      this.settings = settings;
      this.database = database;
      this.letterTable = letterTable;
    }

    void run() throws Exception {
      long seed = Long.getLong("govsite.crash.seed", System.nanoTime());
      Random random = new Random(seed);
      System.out.println("crash test (" + name + "): seed " + seed);
      PortalProcess portal = PortalProcess.start(data, settings);
      try {
        for (int round = 1; round <= ROUNDS; round++) {
          SubmissionStream stream = new SubmissionStream(portal.port(), "r" + round, letters.keySet(), requests.keySet());
          stream.start(CLIENTS_PER_KIND);
          stream.awaitAcknowledged(WARM_UP);
          long delay = KILL_AFTER_MS + random.nextInt(KILL_SPREAD_MS);
          Thread.sleep(delay);
          long killedAt = System.nanoTime();
          int exit = portal.kill();
          stream.stopAndJoin();
          assertEquals(PortalProcess.KILLED, exit, "destroyForcibly() is a SIGKILL (exit 128 + 9)");
          assertTrue(stream.refused().isEmpty(), () -> "the portal refused valid submissions: " + stream.refused().get(0));
          assertTrue(stream.letters().size() >= WARM_UP, "letters were acknowledged before the kill");
          if (!stream.reissued().isEmpty()) {
            failures.add(String.format("round %d (%s): %d ids reissued while streaming, e.g. %s", round, name,
                stream.reissued().size(), stream.reissued().subList(0, Math.min(3, stream.reissued().size()))));
          }
          portal = PortalProcess.start(data, settings);
          check(round, delay, stream, portal, killedAt);
        }
      } finally {
        int exit = portal.stop();
        if (exit != 143 && exit != 0) { // 128 + SIGTERM, or a clean exit
          failures.add(name + ": the portal did not stop cleanly (exit " + exit + "):\n" + portal.output());
        }
      }
      checkEachLetterOnce();
      assertTrue(failures.isEmpty(), () -> failures.size() + " failures on " + name + ":\n" + String.join("\n", failures));
    }

    /** After the restart: this round's and every earlier acknowledgement present, and no number given again. */
    private void check(int round, long delay, SubmissionStream stream, PortalProcess portal, long killedAt)
        throws IOException, InterruptedException {
      SubmissionStream probe = new SubmissionStream(portal.port(), "r" + round + "-after", union(letters, stream.letters()),
          union(requests, stream.requests()));
      int lettersPresent = 0;
      List<String> lost = new ArrayList<>();
      for (Map.Entry<String, String> l : stream.letters().entrySet()) {
        if (probe.letterPresent(l.getKey(), l.getValue())) {
          lettersPresent++;
        } else {
          lost.add(l.getKey() + " (acknowledged " + (killedAt - stream.acknowledgedAt(l.getKey())) / 1_000_000
              + " ms before the kill)");
        }
      }
      int requestsPresent = 0;
      for (Map.Entry<String, String> r : stream.requests().entrySet()) {
        requestsPresent += probe.requestPresent(r.getKey(), r.getValue()) ? 1 : 0;
      }
      int earlierMissing = 0;
      for (Map.Entry<String, String> l : letters.entrySet()) {
        earlierMissing += probe.letterPresent(l.getKey(), l.getValue()) ? 0 : 1;
      }
      for (Map.Entry<String, String> r : requests.entrySet()) {
        earlierMissing += probe.requestPresent(r.getKey(), r.getValue()) ? 0 : 1;
      }
      probe.sendInTurn(PROBES);
      letters.putAll(stream.letters());
      requests.putAll(stream.requests());
      letters.putAll(probe.letters());
      requests.putAll(probe.requests());
      List<String> reissued = probe.reissued();
      String line = String.format("crash round %d (%s): killed %d ms after warm-up; acknowledged letters %d, present %d;"
              + " requests %d, present %d; earlier missing %d; reissued %d",
          round, name, delay, stream.letters().size(), lettersPresent, stream.requests().size(), requestsPresent,
          earlierMissing, reissued.size());
      System.out.println(line);
      if (lettersPresent != stream.letters().size() || requestsPresent != stream.requests().size() || earlierMissing > 0
          || !reissued.isEmpty() || !probe.refused().isEmpty()) {
        failures.add(line + (lost.isEmpty() ? "" : " lost letters " + lost)
            + (reissued.isEmpty() ? "" : " " + reissued.subList(0, Math.min(5, reissued.size())))
            + (probe.refused().isEmpty() ? "" : " refused: " + probe.refused().get(0)));
      }
    }

    /** Once the last JVM is gone: each acknowledged letter is one row of the portal's database. */
    private void checkEachLetterOnce() throws SQLException {
      Map<String, Integer> rows = new HashMap<>();
      try (Connection c = database.connect(); Statement s = c.createStatement();
           ResultSet r = s.executeQuery("SELECT id FROM " + letterTable)) {
        while (r.next()) {
          rows.merge(r.getString(1), 1, Integer::sum);
        }
      }
      long notOnce = letters.keySet().stream().filter(id -> rows.getOrDefault(id, 0) != 1).count();
      System.out.println(String.format("crash test (%s): %d acknowledged letters, %d of them not exactly one row",
          name, letters.size(), notOnce));
      if (notOnce > 0) {
        failures.add(name + ": " + notOnce + " acknowledged letters are not exactly one row in " + letterTable);
      }
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
      Set<T> u = new LinkedHashSet<>(a);
      u.addAll(b);
      return u;
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
      return union(a.keySet(), b.keySet());
    }
  }
}
