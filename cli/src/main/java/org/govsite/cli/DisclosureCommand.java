package org.govsite.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.govsite.cli.internal.CalendarOptions;
import org.govsite.core.InvalidInputException;
import org.govsite.disclosure.AnnualReport;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.DisclosureRules;
import org.govsite.disclosure.RequestStatus;
import org.govsite.disclosure.RequestTable;
import org.govsite.disclosure.RequestTracker;
import org.govsite.disclosure.render.AnnualReportJson;
import org.govsite.disclosure.render.AnnualReportRenderer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govsite disclosure}: 政府信息公开 — the annual report from a requests file. */
@API(status = INTERNAL, since = "0.1")
@Command(
    name = "disclosure",
    mixinStandardHelpOptions = true,
    description = "Information disclosure (政府信息公开): the annual report's tables.",
    subcommands = {DisclosureCommand.Report.class})
public final class DisclosureCommand extends CommandGroup {

  /** {@code govsite disclosure report <requests.json> --year <yyyy> [--json] [--html FILE] [--csv FILE]}. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"Prints section 三 of the annual report (收到和处理政府信息公开申请情况) for a year.",
          "The file is a JSON array of requests: {id, applicant, channel, received, content?, events: [{type, at, outcome?, days?}]}.",
          "JSON fields: year, table3 {row: {column: count}}, section2, requests [{id, deadline, late, state, rule, provisional, lateNotices}]."})
  static final class Report implements Callable<Integer> {
    @Mixin CalendarOptions options;
    @Parameters(index = "0", paramLabel = "<requests.json>", description = "The requests, a JSON array.") Path file;
    @Option(names = "--year", required = true, paramLabel = "<yyyy>", description = "The year reported on.") int year;
    @Option(names = "--html", paramLabel = "FILE", description = "Also write the tables as an HTML page ready to publish.") @Nullable Path html;
    @Option(names = "--csv", paramLabel = "FILE", description = "Also write section 三 as CSV.") @Nullable Path csv;

    @Override
    public Integer call() throws IOException {
      List<DisclosureRequest> requests;
      try (InputStream in = Files.newInputStream(file)) {
        requests = DisclosureRequest.listFromJson(file.toString(), in);
      } catch (IOException e) {
        throw new InvalidInputException("file", "无法读取文件 / cannot read " + file + ": " + e.getMessage(), e);
      }
      AnnualReport report = AnnualReport.builder(year).requests(requests)
          .tracker(RequestTracker.of(options.calendar(), DisclosureRules.national())).build();
      if (html != null) {
        write(html, AnnualReportRenderer.htmlPage(report), "--html");
      }
      if (csv != null) {
        write(csv, AnnualReportRenderer.csv(report), "--csv");
      }
      if (options.json()) {
        options.print(AnnualReportJson.of(report));
      } else {
        printText(report, options.out());
      }
      return 0;
    }

    private static void write(Path target, String text, String option) {
      try {
        Files.writeString(target, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InvalidInputException(option, "无法写入文件 / cannot write " + target + ": " + e.getMessage(), e);
      }
    }

    private static void printText(AnnualReport report, PrintWriter out) {
      RequestTable t = report.requestTable();
      out.println(report.year() + " 三、收到和处理政府信息公开申请情况");
      out.println(String.format("%-34s %s", "row", String.join(" ", RequestTable.columns())));
      for (RequestTable.Row row : RequestTable.rows()) {
        StringBuilder b = new StringBuilder(String.format("%-34s", row.code()));
        for (String c : RequestTable.columns()) {
          b.append(' ').append(String.format("%" + c.length() + "d", t.count(row.code(), c)));
        }
        out.println(b);
      }
      long late = report.requestStatuses().stream().filter(RequestStatus::late).count();
      out.println("late: " + late + " of " + report.requestStatuses().size() + " requests");
    }
  }
}
