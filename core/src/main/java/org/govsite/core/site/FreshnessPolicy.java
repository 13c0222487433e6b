package org.govsite.core.site;

import java.util.Objects;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.WorkingDayCalendar;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.core.support.DataFiles;

/**
 * A column-freshness policy (栏目更新考核规则): the home page's limit, a rule per column kind, the
 * threshold of each veto item, the {@code due-soon} warning window and the working-day calendar.
 *
 * <p>Two presets cite their sources: {@link #national()} (国办秘函〔2019〕19号) and
 * {@link #strictLocal()} (the stricter local rules of RULES §3). Derive your own with
 * {@link #toBuilder()}, start from nothing with {@link #builder()}, or load JSON with
 * {@link #fromFile}. A column's own rule ({@link Column#rule()}) overrides the rule for its kind.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FreshnessPolicy {
  private final String name;
  private final String source;
  private final Optional<FreshnessLimit> homePage;
  private final Map<ColumnKind, FreshnessRule> rules;
  private final Map<FreshnessVetoCode, Integer> thresholds;
  private final Duration warningWindow;
  private final WorkingDayCalendar calendar;

  private FreshnessPolicy(Builder b) {
    this.name = b.name;
    this.source = b.source;
    this.homePage = b.homePage;
    this.rules = new EnumMap<>(b.rules);
    this.thresholds = new EnumMap<>(b.thresholds);
    this.warningWindow = b.warningWindow;
    this.calendar = b.calendar;
  }

  /**
   * Returns the national preset (全国标准): home page and 动态要闻 2 weeks; 通知公告 and 政策文件
   * first-level columns 6 months; 人事 and 规划计划 1 year (应更未更); vetoes at ≥5 stale, ≥10
   * 应更未更, ≥5 blank columns (国办秘函〔2019〕19号, 国办发〔2015〕15号).
   */
  public static FreshnessPolicy national() {
    return Presets.NATIONAL;
  }

  /**
   * Returns the strict local preset (地方从严): 动态 every working day; 通知公告, 政策文件, 规划计划
   * and 人事 7 working days; every other column one item a year; no blank column.
   */
  public static FreshnessPolicy strictLocal() {
    return Presets.STRICT_LOCAL;
  }

  /**
   * Returns a preset by its name, {@code national} or {@code strict-local}.
   *
   * @throws InvalidInputException naming {@code policy} for any other name
   */
  public static FreshnessPolicy preset(String name) {
    return switch (Checks.notNull(name, "policy")) {
      case "national" -> national();
      case "strict-local" -> strictLocal();
      default -> throw new InvalidInputException("policy", "未知预置规则 / unknown preset '" + name + "', expected national or strict-local");
    };
  }

  /** Returns an empty builder: no limits, no vetoes, a 3-day warning window, the official calendar. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads a policy from a JSON file (format in docs/freshness.md).
   *
   * @throws DataFormatException naming the file and the field at fault
   */
  public static FreshnessPolicy fromFile(Path file) {
    return DataFiles.read(file, FreshnessPolicy::fromJson);
  }

  /** Loads a policy from JSON; {@code source} names the stream in errors. */
  public static FreshnessPolicy fromJson(String source, InputStream json) {
    Checks.notNull(source, "source");
    Checks.notNull(json, "json");
    return PolicyFileParser.parse(source, json);
  }

  /** Returns a builder initialised with this policy's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.source = source;
    b.homePage = homePage;
    b.rules.putAll(rules);
    b.thresholds.putAll(thresholds);
    b.warningWindow = warningWindow;
    b.calendar = calendar;
    return b;
  }

  /** Returns the policy's name, e.g. {@code national}. */
  public String name() {
    return name;
  }

  /** Returns where the policy's rules come from. */
  public String source() {
    return source;
  }

  /** Returns the home page's limit; empty when the home page is not checked. */
  public Optional<FreshnessLimit> homePageLimit() {
    return homePage;
  }

  /** Returns the rule for a kind of column. */
  public FreshnessRule rule(ColumnKind kind) {
    // The builder starts with a rule for every kind and only ever replaces them.
    return Objects.requireNonNull(rules.get(Checks.notNull(kind, "kind")));
  }

  /** Returns the rule that applies to a column: its own, else the rule for its kind. */
  public FreshnessRule ruleFor(Column column) {
    return Checks.notNull(column, "column").rule().orElseGet(() -> rule(column.kind()));
  }

  /** Returns the count at which a veto item fails the site; empty when the item is not checked. */
  public OptionalInt threshold(FreshnessVetoCode code) {
    Integer t = thresholds.get(Checks.notNull(code, "code"));
    return t == null ? OptionalInt.empty() : OptionalInt.of(t);
  }

  /** Returns how long before going stale a column is reported {@code due-soon}. */
  public Duration warningWindow() {
    return warningWindow;
  }

  /** Returns the working-day calendar used for working-day limits. */
  public WorkingDayCalendar calendar() {
    return calendar;
  }

  @Override
  public String toString() {
    return "FreshnessPolicy[" + name + "]";
  }

  /** Builds a {@link FreshnessPolicy} (规则构建器), checking each setting as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private String name = "custom";
    private String source = "";
    private Optional<FreshnessLimit> homePage = Optional.empty();
    private final Map<ColumnKind, FreshnessRule> rules = new EnumMap<>(ColumnKind.class);
    private final Map<FreshnessVetoCode, Integer> thresholds = new EnumMap<>(FreshnessVetoCode.class);
    private Duration warningWindow = FreshnessSources.DEFAULT_WARNING_WINDOW;
    private WorkingDayCalendar calendar = WorkingDayCalendar.official();

    private Builder() {
      for (ColumnKind k : ColumnKind.values()) {
        rules.put(k, FreshnessRule.noLimit().allowBlank());
      }
    }

    /** Sets the policy's name (shown in reports). */
    public Builder name(String name) {
      Checks.notNull(name, "name");
      Checks.argument(!name.isBlank(), "name", "规则名称不能为空", "the policy name must not be blank");
      this.name = name;
      return this;
    }

    /** Sets where the rules come from, e.g. the notice's 文号. */
    public Builder source(String source) {
      this.source = Checks.notNull(source, "source");
      return this;
    }

    /** Sets the home page's limit. */
    public Builder homePage(FreshnessLimit limit) {
      this.homePage = Optional.of(Checks.notNull(limit, "homePage"));
      return this;
    }

    /** Stops checking the home page. */
    public Builder noHomePageLimit() {
      this.homePage = Optional.empty();
      return this;
    }

    /** Sets the rule for a kind of column. */
    public Builder rule(ColumnKind kind, FreshnessRule rule) {
      rules.put(Checks.notNull(kind, "kind"), Checks.notNull(rule, "rule"));
      return this;
    }

    /** Sets the count (at least 1) at which a veto item fails the site, and checks that item. */
    public Builder threshold(FreshnessVetoCode code, int threshold) {
      Checks.notNull(code, "code");
      Checks.argument(threshold >= 1, "threshold", "否决阈值至少为1", "a veto threshold is at least 1: " + code + " " + threshold);
      thresholds.put(code, threshold);
      return this;
    }

    /** Stops checking a veto item. */
    public Builder withoutVeto(FreshnessVetoCode code) {
      thresholds.remove(Checks.notNull(code, "code"));
      return this;
    }

    /** Sets how long before going stale a column is {@code due-soon}; zero turns warnings off. */
    public Builder warningWindow(Duration window) {
      Checks.notNull(window, "warningWindow");
      Checks.argument(!window.isNegative() && window.compareTo(Duration.ofDays(3650)) <= 0, "warningWindow",
          "预警期应为0至3650天", "the warning window must be 0–3650 days: " + window);
      this.warningWindow = window;
      return this;
    }

    /** Sets the working-day calendar, e.g. one with local days off. */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = Checks.notNull(calendar, "calendar");
      return this;
    }

    /** Builds the immutable policy. */
    public FreshnessPolicy build() {
      return new FreshnessPolicy(this);
    }
  }

  /** The presets, built once from the cited constants. */
  private static final class Presets {
    static final FreshnessPolicy NATIONAL = national();
    static final FreshnessPolicy STRICT_LOCAL = strictLocal();

    private static FreshnessPolicy national() {
      FreshnessRule notBlank = FreshnessRule.noLimit();
      Builder b = builder().name("national").source(FreshnessSources.NATIONAL_SOURCE)
          .homePage(FreshnessSources.CENSUS_2019_HOME_PAGE);
      for (ColumnKind k : ColumnKind.values()) {
        b.rule(k, notBlank);
      }
      FreshnessRule noticePolicy = FreshnessRule.within(FreshnessSources.CENSUS_2019_NOTICE_POLICY, FreshnessVetoCode.COLUMNS_NOT_UPDATED)
          .upToLevel(FreshnessSources.CENSUS_2019_NOTICE_POLICY_MAX_LEVEL);
      FreshnessRule shouldUpdate = FreshnessRule.within(FreshnessSources.CENSUS_2019_SHOULD_UPDATE, FreshnessVetoCode.SHOULD_UPDATE_NOT_UPDATED);
      return b.rule(ColumnKind.NEWS, FreshnessRule.within(FreshnessSources.CENSUS_2019_NEWS, FreshnessVetoCode.COLUMNS_NOT_UPDATED))
          .rule(ColumnKind.NOTICE, noticePolicy)
          .rule(ColumnKind.POLICY, noticePolicy)
          .rule(ColumnKind.PERSONNEL, shouldUpdate)
          .rule(ColumnKind.PLANNING, shouldUpdate)
          .threshold(FreshnessVetoCode.HOME_NOT_UPDATED, FreshnessSources.CENSUS_2019_HOME_PAGE_VETO)
          .threshold(FreshnessVetoCode.COLUMNS_NOT_UPDATED, FreshnessSources.CENSUS_2019_STALE_COLUMNS_VETO)
          .threshold(FreshnessVetoCode.SHOULD_UPDATE_NOT_UPDATED, FreshnessSources.CENSUS_2019_SHOULD_UPDATE_VETO)
          .threshold(FreshnessVetoCode.BLANK_COLUMNS, FreshnessSources.CENSUS_2019_BLANK_COLUMNS_VETO)
          .build();
    }

    private static FreshnessPolicy strictLocal() {
      Builder b = national().toBuilder().name("strict-local").source(FreshnessSources.STRICT_LOCAL_SOURCE);
      FreshnessRule yearly = FreshnessRule.within(FreshnessSources.LOCAL_ONE_ITEM_A_YEAR, FreshnessVetoCode.SHOULD_UPDATE_NOT_UPDATED);
      for (ColumnKind k : ColumnKind.values()) {
        b.rule(k, yearly);
      }
      FreshnessRule seven = FreshnessRule.within(FreshnessSources.LOCAL_SEVEN_WORKING_DAYS, FreshnessVetoCode.COLUMNS_NOT_UPDATED);
      FreshnessRule sevenShould = FreshnessRule.within(FreshnessSources.LOCAL_SEVEN_WORKING_DAYS, FreshnessVetoCode.SHOULD_UPDATE_NOT_UPDATED);
      return b.rule(ColumnKind.NEWS, FreshnessRule.within(FreshnessSources.LOCAL_NEWS_EVERY_WORKING_DAY, FreshnessVetoCode.COLUMNS_NOT_UPDATED))
          .rule(ColumnKind.NOTICE, seven)
          .rule(ColumnKind.POLICY, seven)
          .rule(ColumnKind.PLANNING, sevenShould)
          .rule(ColumnKind.PERSONNEL, sevenShould)
          .threshold(FreshnessVetoCode.BLANK_COLUMNS, FreshnessSources.LOCAL_BLANK_COLUMNS_VETO)
          .build();
    }
  }
}
