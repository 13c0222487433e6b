package org.govsite.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govsite.core.ConflictException;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.ErrorCategory;
import org.govsite.core.GovSiteException;
import org.govsite.core.NotFoundException;
import org.govsite.core.UnavailableException;
import org.govsite.search.SearchErrorCode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The CLI's one mapping from error categories to exit codes, through the real command-line wiring. */
class CliExitCodeTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** A command that fails the way it is told to, as any GovSite command may. */
  @Command(name = "fail")
  static final class Fail implements Callable<Integer> {
    @Option(names = "--with") String with;
    @Option(names = "--verbose") boolean verbose;

    @Override
    public Integer call() {
      throw switch (with) {
        case "not-found" -> new NotFoundException(CoreErrorCode.NOT_FOUND, "没有编号为 X 的信件 / no letter with id X");
        case "conflict" -> new ConflictException(CoreErrorCode.FRESHNESS_DUPLICATE_SITE, "网站已存在 / tracked already");
        case "unavailable" -> new UnavailableException(SearchErrorCode.SEARCH_INDEX,
            "无法打开索引 / cannot open the index at /tmp/idx: locked\nby another process", new java.io.IOException("locked"));
        case "internal" -> new GovSiteException(CoreErrorCode.INTERNAL, "报告生成失败 / the report failed");
        default -> new IllegalStateException("a bug");
      };
    }
  }

  private int run(String... args) {
    return Cli.commandLine(new Fail(), new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private String oneLine() {
    String e = err.toString().strip();
    assertEquals(1, e.lines().count(), "one line on standard error: " + e);
    assertFalse(e.contains("\tat ") || e.contains("Exception"), "no stack trace, no class name: " + e);
    return e;
  }

  @Test
  void notFoundIsExitTwoWithItsMessage() {
    assertEquals(2, run("--with", "not-found"));
    assertEquals("govsite: 没有编号为 X 的信件 / no letter with id X", oneLine());
  }

  @Test
  void aConflictAndAServiceThatIsDownAreExitTwoNamingWhat() {
    assertEquals(2, run("--with", "conflict"));
    assertEquals("govsite: 网站已存在 / tracked already", oneLine());
    err.getBuffer().setLength(0);
    assertEquals(2, run("--with", "unavailable"));
    assertEquals("govsite: 无法打开索引 / cannot open the index at /tmp/idx: locked by another process", oneLine());
  }

  @Test
  void internalErrorsAreExitThreeInOneLine() {
    assertEquals(3, run("--with", "internal"));
    assertEquals("govsite: internal error [INTERNAL]: 报告生成失败 / the report failed", oneLine());
    err.getBuffer().setLength(0);
    assertEquals(3, run("--with", "bug"));
    assertTrue(err.toString().strip().startsWith("govsite: internal error: "), err.toString());
    assertEquals(1, err.toString().strip().lines().count());
  }

  @Test
  void verboseAddsTheStackTrace() {
    assertEquals(2, run("--with", "not-found", "--verbose"));
    assertTrue(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void everyCategoryHasItsExitCode() {
    Map<ErrorCategory, Integer> codes = new EnumMap<>(ErrorCategory.class);
    for (ErrorCategory c : ErrorCategory.values()) {
      codes.put(c, Cli.exitCode(c));
    }
    Map<ErrorCategory, Integer> expected = new EnumMap<>(ErrorCategory.class);
    for (ErrorCategory c : ErrorCategory.values()) {
      expected.put(c, c == ErrorCategory.INTERNAL ? Cli.INTERNAL_ERROR : Cli.BAD_INPUT);
    }
    assertEquals(expected, codes);
    assertEquals(2, Cli.BAD_INPUT);
    assertEquals(3, Cli.INTERNAL_ERROR);
  }
}
