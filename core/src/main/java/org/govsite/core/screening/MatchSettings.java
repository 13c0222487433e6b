package org.govsite.core.screening;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;
import org.govsite.core.text.TextNormalizer;

/**
 * Matching settings (匹配设置) a dictionary file declares, a {@link Screener.Builder} sets or
 * {@code govsite screen} takes as options: each normalization step on or off, the noise gap, the
 * letter/digit word boundary and pinyin matching. A setting not given keeps the default (every
 * step on, gap {@value Screener#DEFAULT_MAX_NOISE_GAP}, word boundary on, pinyin off).
 *
 * <p>Names are the ones files and the command line use: {@code fold-width=off},
 * {@code noise-gap=5}, {@code pinyin=on}. Immutable; {@code with…} returns a copy.
 */
@API(status = MAINTAINED, since = "0.1")
public final class MatchSettings {
  /** The name of the noise-gap setting, whose value is a number (0–{@value Screener#MAX_NOISE_GAP}). */
  public static final String NOISE_GAP = "noise-gap";

  private static final MatchSettings NONE = new MatchSettings(new EnumMap<>(Switch.class), OptionalInt.empty());

  /** An on/off setting (开关) and its name. */
  @API(status = MAINTAINED, since = "0.1")
  public enum Switch {
    /** Full-width forms as half-width ({@code ＡＢＣ１２３}). */
    FOLD_WIDTH("fold-width", true),
    /** Letters in lower case. */
    FOLD_CASE("fold-case", true),
    /** Styled digits and letters ({@code ①}, {@code Ⓐ}, {@code ㈤}). */
    FOLD_STYLED("fold-styled", true),
    /** Numerals as digits ({@code 三}, {@code 叁}, {@code ⑸} → {@code 3}). */
    FOLD_NUMERALS("fold-numerals", true),
    /** Traditional characters as simplified ones. */
    TO_SIMPLIFIED("to-simplified", true),
    /** Noise characters skipped between the characters of a term. */
    NOISE("noise", true),
    /** Runs of one repeated character collapsed. */
    COLLAPSE_REPEATS("collapse-repeats", true),
    /** A term starting or ending with a Latin letter or digit matches whole words only. */
    WORD_BOUNDARY("word-boundary", true),
    /**
     * A digit next to a Latin letter is a word edge ({@code av} found in {@code 1av2}, {@code 69} in
     * {@code a69}); off by default: GovSite reads {@code a69} as one word, as product codes are.
     */
    LETTER_DIGIT_BOUNDARY("letter-digit-boundary", false),
    /** A term is also found written in pinyin: full, initials or mixed ({@code falun}, {@code fl}, {@code fa轮}). */
    PINYIN("pinyin", false);

    private final String settingName;
    private final boolean byDefault;

    Switch(String settingName, boolean byDefault) {
      this.settingName = settingName;
      this.byDefault = byDefault;
    }

    /** Returns the name used in files and on the command line ({@code fold-numerals}). */
    public String settingName() {
      return settingName;
    }

    /** Returns the value when nothing sets it. */
    public boolean byDefault() {
      return byDefault;
    }
  }

  private final EnumMap<Switch, Boolean> switches;
  private final OptionalInt maxNoiseGap;

  private MatchSettings(EnumMap<Switch, Boolean> switches, OptionalInt maxNoiseGap) {
    this.switches = switches;
    this.maxNoiseGap = maxNoiseGap;
  }

  /** Returns the settings that set nothing (every setting at its default). */
  public static MatchSettings none() {
    return NONE;
  }

  /** Returns the names of every setting, switches first, then {@value #NOISE_GAP}. */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    for (Switch s : Switch.values()) {
      out.add(s.settingName());
    }
    out.add(NOISE_GAP);
    return out;
  }

  /** Returns the value a switch is set to, empty when not set. */
  public Optional<Boolean> get(Switch s) {
    return Optional.ofNullable(switches.get(Checks.notNull(s, "switch")));
  }

  /** Returns whether a switch is on: its set value, or its default. */
  public boolean isOn(Switch s) {
    return get(s).orElse(s.byDefault());
  }

  /** Returns the noise gap set, empty when not set. */
  public OptionalInt maxNoiseGap() {
    return maxNoiseGap;
  }

  /** Returns a copy with a switch set. */
  public MatchSettings with(Switch s, boolean on) {
    EnumMap<Switch, Boolean> m = new EnumMap<>(switches);
    m.put(Checks.notNull(s, "switch"), on);
    return new MatchSettings(m, maxNoiseGap);
  }

  /** Returns a copy with the noise gap set. */
  public MatchSettings withMaxNoiseGap(int gap) {
    Checks.argument(gap >= 0 && gap <= Screener.MAX_NOISE_GAP, NOISE_GAP, "须在 0 到 " + Screener.MAX_NOISE_GAP + " 之间",
        "must be between 0 and " + Screener.MAX_NOISE_GAP + ": " + gap);
    return new MatchSettings(new EnumMap<>(switches), OptionalInt.of(gap));
  }

  /**
   * Returns a copy with one setting given by name and text value: a switch takes {@code on} or
   * {@code off} ({@code true}/{@code false} also), {@value #NOISE_GAP} a number.
   *
   * @throws InvalidInputException naming the setting when the name or the value is not valid
   */
  public MatchSettings with(String name, String value) {
    Checks.notNull(name, "name");
    Checks.notNull(value, "value");
    String n = name.strip().toLowerCase(Locale.ROOT);
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (n.equals(NOISE_GAP)) {
      try {
        return withMaxNoiseGap(Integer.parseInt(v));
      } catch (NumberFormatException e) {
        throw new InvalidInputException(NOISE_GAP, "须为 0 到 " + Screener.MAX_NOISE_GAP + " 的整数 / must be a whole number from 0 to "
            + Screener.MAX_NOISE_GAP + ": '" + value + "'");
      }
    }
    for (Switch s : Switch.values()) {
      if (s.settingName().equals(n)) {
        return with(s, onOff(s.settingName(), v, value));
      }
    }
    throw new InvalidInputException(name, "未知匹配设置 / unknown matching setting '" + name + "' (expected one of "
        + String.join(", ", names()) + ")");
  }

  private static boolean onOff(String name, String v, String given) {
    return switch (v) {
      case "on", "true" -> true;
      case "off", "false" -> false;
      default -> throw new InvalidInputException(name, "须为 on 或 off / must be on or off: '" + given + "'");
    };
  }

  /** Returns these settings with every setting the other sets replaced by the other's value. */
  public MatchSettings overriddenBy(MatchSettings other) {
    Checks.notNull(other, "other");
    EnumMap<Switch, Boolean> m = new EnumMap<>(switches);
    m.putAll(other.switches);
    return new MatchSettings(m, other.maxNoiseGap.isPresent() ? other.maxNoiseGap : maxNoiseGap);
  }

  /**
   * Returns the settings of two dictionaries combined: what either sets.
   *
   * @throws InvalidInputException naming the setting when both set it to different values
   */
  public MatchSettings combinedWith(MatchSettings other) {
    Checks.notNull(other, "other");
    for (Map.Entry<Switch, Boolean> e : other.switches.entrySet()) {
      Boolean mine = switches.get(e.getKey());
      if (mine != null && !mine.equals(e.getValue())) {
        throw conflict(e.getKey().settingName(), onOff(mine), onOff(e.getValue()));
      }
    }
    if (maxNoiseGap.isPresent() && other.maxNoiseGap.isPresent() && maxNoiseGap.getAsInt() != other.maxNoiseGap.getAsInt()) {
      throw conflict(NOISE_GAP, String.valueOf(maxNoiseGap.getAsInt()), String.valueOf(other.maxNoiseGap.getAsInt()));
    }
    return overriddenBy(other);
  }

  private static InvalidInputException conflict(String name, String a, String b) {
    return new InvalidInputException(name, "两个词库的设置冲突 / two dictionaries set " + name + " differently: " + a + " and " + b);
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }

  /** Returns the settings of a normalizer: its five steps, noise and repeats, all set. */
  static MatchSettings of(TextNormalizer n) {
    return NONE.with(Switch.FOLD_WIDTH, n.foldsWidth()).with(Switch.FOLD_CASE, n.foldsCase())
        .with(Switch.FOLD_STYLED, n.foldsStyled()).with(Switch.FOLD_NUMERALS, n.foldsNumerals())
        .with(Switch.TO_SIMPLIFIED, n.foldsToSimplified()).with(Switch.NOISE, !n.noiseCharacters().isEmpty())
        .with(Switch.COLLAPSE_REPEATS, n.collapsesRepeats());
  }

  /** Returns the normalizer these settings give, starting from a base for the noise characters. */
  TextNormalizer normalizer(TextNormalizer base) {
    String noise = base.noiseCharacters().isEmpty() ? TextNormalizer.DEFAULT_NOISE : base.noiseCharacters();
    return base.toBuilder().foldWidth(isOn(Switch.FOLD_WIDTH)).foldCase(isOn(Switch.FOLD_CASE))
        .foldStyled(isOn(Switch.FOLD_STYLED)).foldNumerals(isOn(Switch.FOLD_NUMERALS))
        .toSimplified(isOn(Switch.TO_SIMPLIFIED)).noiseCharacters(isOn(Switch.NOISE) ? noise : "")
        .collapseRepeats(isOn(Switch.COLLAPSE_REPEATS)).build();
  }

  /** Returns the gap set, or the default. */
  int gapOrDefault() {
    return maxNoiseGap.orElse(Screener.DEFAULT_MAX_NOISE_GAP);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchSettings m && m.switches.equals(switches) && m.maxNoiseGap.equals(maxNoiseGap);
  }

  @Override
  public int hashCode() {
    return switches.hashCode() * 31 + maxNoiseGap.hashCode();
  }

  /** Returns the settings set, as a file header would declare them ({@code fold-numerals=off noise-gap=5}). */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<Switch, Boolean> e : switches.entrySet()) {
      b.append(b.length() == 0 ? "" : " ").append(e.getKey().settingName()).append('=').append(onOff(e.getValue()));
    }
    maxNoiseGap.ifPresent(g -> b.append(b.length() == 0 ? "" : " ").append(NOISE_GAP).append('=').append(g));
    return b.toString();
  }
}
