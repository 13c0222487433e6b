package org.govsite.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govsite.cli.internal.CalendarOptions;
import org.govsite.cli.internal.CommandGroup;
import org.govsite.core.InvalidInputException;
import org.govsite.interaction.DepartmentStatistics;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterJson;
import org.govsite.interaction.LetterType;
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
        options.print(json(s, day));
      } else {
        text(s, day, options.out());
      }
      return 0;
    }

    private static ObjectNode json(MailboxStatistics s, LocalDate day) {
      ObjectNode o = org.govsite.cli.internal.Cli.json().createObjectNode();
      o.put("from", s.from().toString());
      o.put("to", s.to().toString());
      o.put("at", day.toString());
      counts(o, s.totals());
      ObjectNode types = o.putObject("byType");
      for (Map.Entry<LetterType, Long> e : s.byType().entrySet()) {
        types.put(e.getKey().code(), e.getValue());
      }
      s.totals().medianWorkingDaysToReply().ifPresent(v -> o.put("medianWorkingDaysToReply", v));
      s.totals().p90WorkingDaysToReply().ifPresent(v -> o.put("p90WorkingDaysToReply", v));
      ArrayNode overdue = o.putArray("overdue");
      s.overdue().forEach(overdue::add);
      ArrayNode risk = o.putArray("censusRisk");
      s.censusRisk().forEach(risk::add);
      ArrayNode depts = o.putArray("departments");
      for (DepartmentStatistics d : s.departments()) {
        ObjectNode r = depts.addObject();
        r.put("rank", d.rank());
        r.put("name", d.name());
        counts(r, d.counts());
        d.counts().medianWorkingDaysToReply().ifPresent(v -> r.put("medianWorkingDaysToReply", v));
        d.counts().p90WorkingDaysToReply().ifPresent(v -> r.put("p90WorkingDaysToReply", v));
        ArrayNode ids = r.putArray("overdue");
        d.overdue().forEach(ids::add);
      }
      return o;
    }

    private static void counts(ObjectNode o, ReplyCounts c) {
      o.put("received", c.received());
      o.put("rejected", c.rejected());
      o.put("valid", c.valid());
      o.put("replied", c.replied());
      o.put("unreplied", c.unreplied());
      o.put("replyRate", c.replyRate());
      o.put("onTime", c.onTime());
      o.put("late", c.late());
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
}
