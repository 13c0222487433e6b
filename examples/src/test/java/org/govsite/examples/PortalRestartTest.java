package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restarting the portal on the same data directory keeps every 依申请公开 request it acknowledged,
 * and the numbering continues: no number printed on an earlier receipt is given again. (The
 * kill -9 crash test is separate; this one stops the portal in an orderly way.)
 */
class PortalRestartTest {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(YSQ-[0-9]{4}-[0-9]{6})\"");
  private static final Pattern CODE = Pattern.compile("\"queryCode\"\\s*:\\s*\"([0-9A-Z]+)\"");

  @Test
  void aRestartKeepsEveryRequestAndContinuesTheNumbering(@TempDir Path data) throws Exception {
    PortalConfig config = PortalConfig.defaults().withPort(0).withDataDir(data);
    List<String> acknowledged = new ArrayList<>();
    Map<String, String> codes = new HashMap<>();
    int seeded;
    Portal first = Portal.start(config);
    try {
      PortalHttp http = new PortalHttp(first.port());
      seeded = ids(data).size();
      for (int i = 0; i < 3; i++) {
        String[] receipt = submit(http, "申请公开第" + i + "号文件");
        acknowledged.add(receipt[0]);
        codes.put(receipt[0], receipt[1]);
      }
    } finally {
      first.close();
    }
    Portal second = Portal.start(config);
    try {
      PortalHttp http = new PortalHttp(second.port());
      assertEquals(seeded + 3, ids(data).size(), "kept, and the demo requests not seeded twice");
      for (String id : acknowledged) {
        HttpResponse<String> r = http.get("/api/disclosure/requests/" + id + "?code=" + codes.get(id));
        assertEquals(200, r.statusCode(), id + ": " + r.body());
        assertTrue(http.get("/ysqgk/status?id=" + id + "&code=" + codes.get(id)).body().contains(id));
      }
      String next = submit(http, "重启后的申请")[0];
      assertTrue(!acknowledged.contains(next), "a number given before the restart is not given again: " + next);
      List<String> stored = ids(data);
      assertEquals(new HashSet<>(stored).size(), stored.size(), "one number, one request: " + stored);
      assertTrue(stored.containsAll(acknowledged) && stored.contains(next));
    } finally {
      second.close();
    }
  }

  /** The stored request ids, read beside the running portal (H2 shares the open database within the JVM). */
  private static List<String> ids(Path data) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("portal"), "", "");
        ResultSet r = c.createStatement().executeQuery("SELECT id FROM govsite_request ORDER BY added_order")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** Returns the receipt's id and query code. */
  private static String[] submit(PortalHttp http, String content) throws Exception {
    HttpResponse<String> r = http.postJson("/api/disclosure/requests",
        "{\"applicant\":\"natural-person\",\"channel\":\"online\",\"content\":\"" + content + "\"}");
    assertEquals(201, r.statusCode(), r.body());
    Matcher m = ID.matcher(r.body());
    assertTrue(m.find(), r.body());
    Matcher c = CODE.matcher(r.body());
    assertTrue(c.find(), r.body());
    return new String[] {m.group(1), c.group(1)};
  }
}
