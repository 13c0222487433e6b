package org.govsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.govsite.examples.Portal;
import org.govsite.examples.PortalConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govsite staff add} reads the password from standard input and refuses what it cannot use, in one line. */
class StaffCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path data;

  private int run(String stdin, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return GovSiteCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void addsAnAccountAndListsNamesAndRolesNeverHashes() {
    assertEquals(0, run("correct horse battery\n", "staff", "add", "zhangsan", "--role", "mailbox", "--role", "editor",
        "--data", data.toString()), err.toString());
    assertTrue(out.toString().contains("zhangsan"), out.toString());
    assertEquals(0, run("", "staff", "list", "--data", data.toString()), err.toString());
    assertEquals("zhangsan\teditor,mailbox", out.toString().strip());
    assertFalse(out.toString().contains("$2a$"), "no hash in the listing");
    assertEquals(2, run("another long password\n", "staff", "add", "zhangsan", "--role", "admin", "--data", data.toString()));
    assertTrue(err.toString().contains("已存在") && err.toString().contains("already exists"), err.toString());
  }

  @Test
  void refusesAShortOrEmptyPasswordAndAnUnknownRoleInOneBilingualLine() {
    assertEquals(2, run("short\n", "staff", "add", "li", "--role", "admin", "--data", data.toString()));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("12") && err.toString().contains("密码"), err.toString());
    assertEquals(2, run("", "staff", "add", "li", "--role", "admin", "--data", data.toString()));
    assertTrue(err.toString().contains("no password"), err.toString());
    assertEquals(2, run("correct horse battery\n", "staff", "add", "li", "--role", "king", "--data", data.toString()));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().contains("未知的角色") && err.toString().contains("unknown role"), err.toString());
  }

  @Test
  void refusesWhileAPortalRunsOnTheDirectory() {
    try (Portal portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data))) {
      assertEquals(2, run("correct horse battery\n", "staff", "add", "li", "--role", "admin", "--data", data.toString()));
      assertTrue(err.toString().contains(data.getFileName().toString()), err.toString());
    }
  }
}
