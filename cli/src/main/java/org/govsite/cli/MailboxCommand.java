package org.govsite.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.govsite.cli.internal.CalendarOptions;
import org.govsite.core.InvalidInputException;
import org.govsite.interaction.DepartmentStatistics;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterJson;
import org.govsite.interaction.MailboxStatistics;
import org.govsite.interaction.MailboxTracker;
import org.govsite.interaction.PolicySet;
import org.govsite.interaction.ReplyCounts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code govsite mailbox}: mailbox reply deadlines and statistics (信箱答复时限与统计). */
@API(status = INTERNAL, since = "0.1")
@Command(
    name = "mailbox",
    mixinStandardHelpOptions = true,
    description = "Mailboxes (领导信箱, 咨询, 投诉): reply deadlines and statistics.",
    subcommands = {MailboxCommand.Report.class})
public final class MailboxCommand extends CommandGroup {

  /** {@code govsite mailbox report <letters.json>}: the supervisors' report for a period. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {"Prints the reply statistics of the letters received in a period (答复情况统计).",
          "JSON fields: from, to, at, received, rejected, valid, byType{}, replied, unreplied, replyRate (0..1), onTime, late,",
          "medianWorkingDaysToReply, p90WorkingDaysToReply, overdue[] (ids), censusRisk[] (ids),",
          "departments[] {rank, name, received, rejected, valid, replied, unreplied, replyRate, onTime, late, overdue[]}."})
  static final class Report implements Callable<Integer> {
    @Mixin CalendarOptions options;
    @Parameters(index = "0", paramLabel = "<letters.json>", description = "A JSON array of letters with their events.") Path file;
    @Option(names = "--from", paramLabel = "D", description = "First day of receipt counted (default: the earliest letter).") @Nullable LocalDate from;
    @Option(names = "--to", paramLabel = "D", description = "Last day of receipt counted (default: the latest letter).") @Nullable LocalDate to;
    @Option(names = "--at", paramLabel = "D", description = "The day overdue letters and census risks are judged at, end of day (default: today).") @Nullable LocalDate at;
    @Option(names = "--policy", paramLabel = "FILE", description = "Deadline policies in JSON (default: 5 working days, 15 after an extension notice).") @Nullable Path policy;

    @Override
    public Integer call() {
      List<Letter> letters = LetterJson.read(file);
      MailboxTracker.Builder tb = MailboxTracker.builder().calendar(options.calendar());
      if (policy != null) {
        tb.policies(PolicySet.fromFile(policy));
      }
      MailboxTracker tracker = tb.build();
      LocalDate day = at != null ? at : LocalDate.now();
      LocalDateTime instant = day.atTime(LocalTime.MAX);
      LocalDate first = from != null ? from
          : letters.stream().map(l -> l.received().toLocalDate()).min(Comparator.naturalOrder()).orElse(day);
      LocalDate last = to != null ? to
          : letters.stream().map(l -> l.received().toLocalDate()).max(Comparator.naturalOrder()).orElse(day);
      if (last.isBefore(first)) {
        throw new InvalidInputException("--to", "结束日期早于开始日期 / --to " + last + " is before --from " + first);
      }
      MailboxStatistics s = tracker.statistics(letters, first, last, instant);
      // RULES §1: a deadline in a year without an official calendar is provisional; say so.
      List<String> provisional = letters.stream().filter(l -> tracker.deadline(l, instant).provisional())
          .map(Letter::id).toList();
      if (!provisional.isEmpty()) {
        options.err().println("govsite: warning: deadlines of " + provisional.size()
            + " letter(s) reach a year without an official holiday calendar and are provisional (暂定): "
            + String.join(", ", provisional.subList(0, Math.min(10, provisional.size())))
            + (provisional.size() > 10 ? ", …" : "") + " (load the year with --calendar FILE)");
      }
      if (options.json()) {
        options.print(ReportJson.of(s, day));
      } else {
        text(s, day, options.out());
      }
      return 0;
    }

    private static void text(MailboxStatistics s, LocalDate day, PrintWriter out) {
      ReplyCounts t = s.totals();
      out.printf(Locale.ROOT, "信箱办理情况 %s 至 %s（截至 %s）%n", s.from(), s.to(), day);
      out.printf(Locale.ROOT, "收到 %d，无效 %d，有效 %d；已答复 %d，未答复 %d，答复率 %.2f%%；按时 %d，超时 %d%n",
          t.received(), t.rejected(), t.valid(), t.replied(), t.unreplied(), t.replyRate() * 100, t.onTime(), t.late());
      StringBuilder types = new StringBuilder("按类型：");
      s.byType().forEach((k, v) -> types.append(k.chinese()).append(' ').append(v).append("  "));
      out.println(types.toString().strip());
      t.medianWorkingDaysToReply().ifPresent(v -> out.printf(Locale.ROOT, "答复用时（工作日）：中位数 %.1f，90%% 分位 %.0f%n",
          v, t.p90WorkingDaysToReply().orElse(0)));
      out.println("逾期未答复：" + (s.overdue().isEmpty() ? "无" : String.join(", ", s.overdue())));
      out.println("普查风险（互动回应差）：" + (s.censusRisk().isEmpty() ? "无" : String.join(", ", s.censusRisk())));
      out.println("部门排行：");
      for (DepartmentStatistics d : s.departments()) {
        ReplyCounts c = d.counts();
        out.printf(Locale.ROOT, "%3d. %s  有效 %d，已答复 %d，答复率 %.2f%%，按时 %d，超时 %d，逾期 %d%n", d.rank(), d.name(),
            c.valid(), c.replied(), c.replyRate() * 100, c.onTime(), c.late(), c.overdue());
      }
    }
  }

  /**
   * The JSON of {@code report} (docs/mailbox.md): the period and the day judged, the totals, the
   * valid letters per type, the reply times when there are replies, and the league table.
   */
  record ReportJson(LocalDate from, LocalDate to, LocalDate at, long received, long rejected, long valid, long replied, long unreplied,
      double replyRate, long onTime, long late, Map<String, Long> byType,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Double> medianWorkingDaysToReply,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Double> p90WorkingDaysToReply, List<String> overdue,
      List<String> censusRisk, List<DepartmentJson> departments) {
    static ReportJson of(MailboxStatistics s, LocalDate day) {
      ReplyCounts t = s.totals();
      Map<String, Long> types = new LinkedHashMap<>();
      s.byType().forEach((type, n) -> types.put(type.code(), n));
      return new ReportJson(s.from(), s.to(), day, t.received(), t.rejected(), t.valid(), t.replied(), t.unreplied(), t.replyRate(),
          t.onTime(), t.late(), Collections.unmodifiableMap(types), boxed(t.medianWorkingDaysToReply()),
          boxed(t.p90WorkingDaysToReply()), s.overdue(), s.censusRisk(), s.departments().stream().map(DepartmentJson::of).toList());
    }
  }

  /** One department of the league table. */
  record DepartmentJson(int rank, String name, long received, long rejected, long valid, long replied, long unreplied,
      double replyRate, long onTime, long late, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Double> medianWorkingDaysToReply,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Double> p90WorkingDaysToReply, List<String> overdue) {
    static DepartmentJson of(DepartmentStatistics d) {
      ReplyCounts c = d.counts();
      return new DepartmentJson(d.rank(), d.name(), c.received(), c.rejected(), c.valid(), c.replied(), c.unreplied(), c.replyRate(),
          c.onTime(), c.late(), boxed(c.medianWorkingDaysToReply()), boxed(c.p90WorkingDaysToReply()), d.overdue());
    }
  }

  private static Optional<Double> boxed(OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }
}
