package org.govsite.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.govsite.cli.internal.Cli;
import org.govsite.compliance.AuditOptions;
import org.govsite.compliance.AuditReport;
import org.govsite.compliance.Auditor;
import org.govsite.compliance.PageRenderer;
import org.govsite.compliance.ProgressListener;
import org.govsite.compliance.SiteProfile;
import org.govsite.compliance.render.AuditReportRenderer;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govsite audit}: audits a live site against the national inspection rules (网站检查). */
@API(status = INTERNAL, since = "0.1")
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {"Crawls a site politely (same host, robots.txt) and gives the census scorecard: veto items with evidence,",
        "deductions, columns, dead links, content findings, letters. See docs/compliance.md.",
        "Exit code 0 for pass, 1 for fail, 2 for bad input or an unreachable start URL (with the reason).",
        "JSON fields: verdict, score, vetoes[] {code, evidence, …}, checks[], deductions[], deadLinks[] {url, status, foundOn},",
        "findings[] {url, category, text, excerpt, …}, columns[] {id, status, …}, letters[], pagesCrawled."})
public final class AuditCommand implements Callable<Integer> {
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<url>", description = "The site's start page (http or https).")
  String url;

  @Option(names = "--profile", paramLabel = "FILE", description = "The site profile (JSON): columns, list pages, mailbox.")
  @Nullable Path profile;

  @Option(names = "--at", paramLabel = "yyyy-mm-dd", description = "The audit date (default: today, Beijing time).")
  @Nullable LocalDate at;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "200", description = "The most pages crawled (default: ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(names = "--render", description = {"Read each page through headless Chromium after fetching it, for sites that build",
      "their pages with JavaScript (same limits; about a second a page). Off by default."})
  boolean render;

  @Option(names = "--chromium", paramLabel = "FILE", description = "The Chromium binary for --render (default: /usr/bin/chromium).")
  @Nullable Path chromium;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write the self-contained HTML report to FILE.")
  @Nullable Path html;

  @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML (one test per rule) to FILE.")
  @Nullable Path junit;

  @Override
  public Integer call() {
    URI start;
    try {
      start = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidInputException("<url>", "不是有效地址 / not a valid address: " + url);
    }
    SiteProfile p = profile == null ? SiteProfile.minimal(start.getHost() == null ? url : start.getHost()) : SiteProfile.load(profile);
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    AuditOptions.Builder options = AuditOptions.builder().maxPages(maxPages)
        .progress(terminal ? ProgressListener.terminal(err) : ProgressListener.none());
    if (chromium != null && !render) {
      throw new InvalidInputException("--chromium", "仅与--render一起使用 / only with --render");
    }
    if (render) {
      options.render(chromium == null ? PageRenderer.chromium() : PageRenderer.chromium(chromium));
    }
    AuditReport report = Auditor.create(options.build()).audit(start, p, at == null ? LocalDate.now(BEIJING) : at);
    if (terminal) {
      err.print("\r" + " ".repeat(100) + "\r");
      err.flush();
    }
    if (report.unreachable().isPresent()) {
      err.println("govsite: " + url + ": 无法访问 / unreachable: " + report.unreachable().get());
      return Cli.BAD_INPUT;
    }
    write(html, AuditReportRenderer.html(report), "--html");
    write(junit, AuditReportRenderer.junitXml(report), "--junit");
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? AuditReportRenderer.json(report) + "\n" : report.summary());
    out.flush();
    return report.passed() ? 0 : 1;
  }

  private static void write(@Nullable Path file, String text, String field) {
    if (file == null) {
      return;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException(field, "无法写入 / cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
