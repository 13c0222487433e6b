package org.govsite.core.site;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Applies a policy to one site's histories at an instant: column statuses, then the veto items. */
final class SiteEvaluator {
  /** The pseudo column id that names the home page in veto lists. */
  static final String HOME_PAGE = "homepage";

  private SiteEvaluator() {}

  /** One column's state at an instant, before it becomes a public record. */
  private record State(FreshnessStatus status, long last, int count, Optional<FreshnessLimit> limit, Optional<LocalDateTime> staleAfter,
      boolean provisional) {}

  static SiteFreshnessVerdict evaluate(SiteState s, LocalDateTime at, FreshnessPolicy policy, int historyWeeks) {
    long t = FreshnessEngine.seconds(at);
    List<Column> cols = s.site.columns();
    List<ColumnFreshness> out = new ArrayList<>(cols.size());
    Map<FreshnessVetoCode, List<String>> offenders = new EnumMap<>(FreshnessVetoCode.class);
    for (int i = 0; i < cols.size(); i++) {
      Column c = cols.get(i);
      FreshnessRule rule = policy.ruleFor(c);
      ColumnHistory h = s.columns[i];
      State st = state(h, c, rule, t, policy);
      Optional<FreshnessVetoCode> counted = switch (st.status) {
        case STALE -> Optional.of(rule.staleVeto());
        case BLANK -> Optional.of(FreshnessVetoCode.BLANK_COLUMNS);
        default -> Optional.empty();
      };
      counted.ifPresent(code -> offenders.computeIfAbsent(code, k -> new ArrayList<>()).add(c.id()));
      List<FreshnessSnapshot> history = List.of();
      if (historyWeeks > 1) {
        history = new ArrayList<>(historyWeeks);
        for (int k = historyWeeks - 1; k >= 0; k--) {
          LocalDateTime then = at.minusWeeks(k);
          State past = k == 0 ? st : state(h, c, rule, FreshnessEngine.seconds(then), policy);
          history.add(new FreshnessSnapshot(then, past.status, days(past.last, then)));
        }
      }
      out.add(new ColumnFreshness(c, st.status, time(st.last), st.count, st.limit, st.staleAfter, counted, history,
          st.provisional));
    }
    HomePageFreshness home = home(s.home, at, t, policy);
    if (home.status() == FreshnessStatus.STALE) {
      offenders.computeIfAbsent(FreshnessVetoCode.HOME_NOT_UPDATED, k -> new ArrayList<>()).add(HOME_PAGE);
    }
    List<FreshnessVeto> vetoes = new ArrayList<>();
    for (FreshnessVetoCode code : FreshnessVetoCode.values()) {
      OptionalInt threshold = policy.threshold(code);
      if (threshold.isPresent()) {
        List<String> ids = offenders.getOrDefault(code, List.of());
        vetoes.add(new FreshnessVeto(code, ids.size(), threshold.getAsInt(), ids, ids.size() >= threshold.getAsInt()));
      }
    }
    return new SiteFreshnessVerdict(s.site, at, policy.name(), home, out, vetoes);
  }

  private static State state(ColumnHistory h, Column c, FreshnessRule rule, long t, FreshnessPolicy policy) {
    int upper = h.upper(t);
    int count = h.countAt(upper, t);
    if (count == 0) {
      return new State(rule.mayBeBlank() ? FreshnessStatus.EXEMPT : FreshnessStatus.BLANK, ColumnHistory.NONE, 0, Optional.empty(), Optional.empty(),
          false);
    }
    long last = h.lastActive(upper, t);
    Optional<FreshnessLimit> limit = rule.limitAt(c.level());
    if (limit.isEmpty()) {
      return new State(FreshnessStatus.EXEMPT, last, count, limit, Optional.empty(), false);
    }
    long freshUntil = freshUntil(limit.get(), last, policy);
    return new State(classify(t, freshUntil, policy.warningWindow().getSeconds()), last, count, limit,
        Optional.of(FreshnessEngine.time(freshUntil)), provisional(limit.get(), last, policy));
  }

  /** RULES §1: a working-day limit that runs into a year without official data is only provisional. */
  static boolean provisional(FreshnessLimit limit, long last, FreshnessPolicy policy) {
    return limit.unit() == FreshnessLimit.Unit.WORKING_DAYS
        && policy.calendar().addWorkingDays(FreshnessEngine.time(last).toLocalDate(), limit.amount()).provisional();
  }

  /**
   * {@link FreshnessLimit#freshUntil} in seconds: days and weeks are plain arithmetic on
   * wall-clock seconds (Beijing time has no daylight saving), months, years and working days go
   * through java.time and the calendar.
   */
  static long freshUntil(FreshnessLimit limit, long last, FreshnessPolicy policy) {
    return switch (limit.unit()) {
      case DAYS -> last + limit.amount() * 86_400L;
      case WEEKS -> last + limit.amount() * 7L * 86_400L;
      default -> FreshnessEngine.seconds(limit.freshUntil(FreshnessEngine.time(last), policy.calendar()));
    };
  }

  private static HomePageFreshness home(ColumnHistory h, LocalDateTime at, long t, FreshnessPolicy policy) {
    Optional<FreshnessLimit> limit = policy.homePageLimit();
    long last = h.lastActive(t);
    if (limit.isEmpty()) {
      return new HomePageFreshness(FreshnessStatus.EXEMPT, time(last), limit, Optional.empty());
    }
    if (last == ColumnHistory.NONE) {
      // RULES §3: a page without a date counts as not updated.
      return new HomePageFreshness(FreshnessStatus.STALE, Optional.empty(), limit, Optional.empty());
    }
    long freshUntil = freshUntil(limit.get(), last, policy);
    return new HomePageFreshness(classify(t, freshUntil, policy.warningWindow().getSeconds()), time(last), limit,
        Optional.of(FreshnessEngine.time(freshUntil)));
  }

  /** Stale strictly after {@code freshUntil}; due soon strictly inside the warning window before it. */
  static FreshnessStatus classify(long t, long freshUntil, long windowSeconds) {
    if (t > freshUntil) {
      return FreshnessStatus.STALE;
    }
    if (windowSeconds > 0 && t > freshUntil - windowSeconds) {
      return FreshnessStatus.DUE_SOON;
    }
    return FreshnessStatus.FRESH;
  }

  private static Optional<LocalDateTime> time(long seconds) {
    return seconds == ColumnHistory.NONE ? Optional.empty() : Optional.of(FreshnessEngine.time(seconds));
  }

  private static OptionalLong days(long last, LocalDateTime at) {
    return last == ColumnHistory.NONE ? OptionalLong.empty() : OptionalLong.of(Duration.between(FreshnessEngine.time(last), at).toDays());
  }
}
