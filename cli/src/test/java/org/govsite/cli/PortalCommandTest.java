package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path data;

  private int run(String... args) {
    return GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aPortInUseGivesOneLineAndExitTwo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
      int port = taken.getLocalPort();
      assertEquals(2, run("portal", "--port", String.valueOf(port), "--data", data.toString()));
      String e = err.toString().strip();
      assertEquals(1, e.lines().count(), e);
      assertTrue(e.startsWith("govsite: ") && e.contains("port " + port + " is already in use"), e);
      assertTrue(e.contains("已被占用"), e);
    }
  }

  @Test
  void aDataDirectoryInUseByALivePortalGivesOneLineAndExitTwo() {
    Path dir = data.resolve("portal-data");
    try (org.govsite.examples.Portal live = org.govsite.examples.Portal.start(
        org.govsite.examples.PortalConfig.defaults().withPort(0).withDataDir(dir))) {
      assertEquals(2, run("portal", "--port", "0", "--data", dir.toString()));
      String e = err.toString().strip();
      assertEquals(1, e.lines().count(), e);
      assertTrue(e.startsWith("govsite: 数据目录 " + dir.toAbsolutePath() + " 正被另一个门户使用 / data directory "
          + dir.toAbsolutePath() + " is in use by another portal"), e);
    }
  }

  @Test
  void aBadSettingIsBadInput() throws Exception {
    Path config = Files.writeString(data.resolve("portal.properties"), "port=eighty\n");
    assertEquals(2, run("portal", "--config", config.toString(), "--data", data.toString()));
    assertTrue(err.toString().contains("port"), err.toString());
    Path unknown = Files.writeString(data.resolve("other.properties"), "prot=8080\n");
    assertEquals(2, run("portal", "--config", unknown.toString()));
    assertTrue(err.toString().contains("prot"), err.toString());
    Path database = Files.writeString(data.resolve("db.properties"), "jdbc.url=jdbc:nosuchdb://127.0.0.1/portal\n");
    err.getBuffer().setLength(0);
    assertEquals(2, run("portal", "--config", database.toString(), "--data", data.resolve("db").toString()));
    assertTrue(err.toString().startsWith("govsite: jdbc.url"), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
  }

  @Test
  void helpNamesTheOptions() {
    assertEquals(0, run("portal", "--help"));
    String s = out.toString();
    assertTrue(s.contains("--port") && s.contains("--data") && s.contains("--config"), s);
  }
}
