package org.govsite.core.screening;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * Masks the public copy of a text (公开稿脱敏) — a letter, a reply — erring on hiding. On top of
 * {@link PersonalDataMasker} (numbers whose check passes, masked as RULES §4 shows them), it hides
 * what screening does not report because it cannot be sure:
 * <ul>
 *   <li>every other run of {@value #MIN_DIGIT_RUN} or more digits, separators allowed between them
 *       ({@code 0731-84561234}, {@code (0731)8456 1234}, {@code 0731-84561234-801}, full-width
 *       {@code ０７３１…}, an ID or card number whose check fails): every digit becomes {@code *}.
 *       Dates ({@code 2026-11-30}, {@code 2026.11.30}) and a span of two years ({@code 2019-2020})
 *       are kept; dates written {@code 2026年11月30日}, document numbers {@code 国办发〔2019〕19号}
 *       and years never form such a run;</li>
 *   <li>the names it is given (the writer's own), in any spelling with up to three separator
 *       characters between their characters ({@code 欧 阳 建 国}, {@code 张-三}, {@code 王·小明}):
 *       the surname and {@code 某} remain ({@code 欧某});</li>
 *   <li>a name after a cue ({@code 我叫}, {@code 名叫}, {@code 姓名}, {@code 本人}, {@code 我是}, and the
 *       form labels {@code 来信人}, {@code 写信人}, {@code 联系人}, {@code 经办人}, {@code 投诉人},
 *       {@code 举报人}, {@code 反映人}, {@code 当事人}) written with separators between its characters,
 *       and after {@code 我叫}, {@code 名叫}, {@code 姓名} or a label followed by a colon also a 2–4
 *       character name without them that ends at punctuation: {@code 姓名：张三，}, {@code 联系人：王五，};</li>
 *   <li>with no cue, single characters joined by separators and led by a surname of the bundled
 *       list ({@code 欧 阳 建 国}, {@code 张 三}, {@code 王·小明}, {@code 李-四} → {@code 欧某}…; the
 *       rule and what stays readable are in {@code SpacedNames});</li>
 *   <li>digit runs written in Chinese numerals, alone or mixed with Arabic digits
 *       ({@code 一三八一二三四五六七八}, {@code 幺三八…}, {@code 138一二三四五六七八}), hidden like any other.</li>
 * </ul>
 *
 * <p>RULES §5 says a number failing its check is not <em>reported</em> as that kind of data:
 * {@link Screener} and {@link PersonalDataMasker#find} keep to that. A public copy must not show
 * what it cannot rule out, so this masker hides more than screening reports. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PublicCopyMasker {
  /**
   * The shortest digit run hidden whatever its check: a landline without its area code has 7
   * digits (issue 15); shorter numbers (amounts, house numbers, years) stay readable.
   */
  public static final int MIN_DIGIT_RUN = 7;

  /** The most separator characters between two digits, or two characters of a name, still read as one. */
  static final int MAX_GAP = 3;

  /** Characters written between the characters of a name: spaces, dashes, dots, slashes, stars. */
  private static final String NAME_SEPARATORS = "[\\s\\u3000\\u00a0\\-_·•・.*/|~\\u2010-\\u2015\\u2027'`＊－＿／｜～．]";
  private static final String HAN = "\\p{IsHan}";
  /** Words after which a name follows; the first three are strong enough for a name without separators. */
  private static final List<String> CUES = List.of("我叫", "名叫", "姓名", "本人", "我是");
  /**
   * Form labels (来信人, 联系人…) without their final 人: a name follows them as it follows a cue,
   * strong enough for a name without separators only with a colon after the label.
   */
  private static final java.util.Set<String> LABEL_CUES = java.util.Set.of("来信", "写信", "联系", "经办", "投诉", "举报",
      "反映", "当事");
  private static final Pattern NAME_AFTER_CUE = Pattern.compile("[：:\\s\\u3000]{0,3}(" + HAN + "(?:"
      + NAME_SEPARATORS + "{0," + MAX_GAP + "}" + HAN + "){1,3})");
  private static final Pattern SEPARATED = Pattern.compile(NAME_SEPARATORS);

  private static final PublicCopyMasker STANDARD = new PublicCopyMasker(PersonalDataMasker.standard());

  private final PersonalDataMasker checked;

  private PublicCopyMasker(PersonalDataMasker checked) {
    this.checked = checked;
  }

  /** Returns the masker over {@link PersonalDataMasker#standard()}. */
  public static PublicCopyMasker standard() {
    return STANDARD;
  }

  /** Returns a masker over another masker of checked numbers (e.g. {@link PersonalDataMasker#of} some kinds). */
  public static PublicCopyMasker over(PersonalDataMasker checked) {
    return new PublicCopyMasker(Checks.notNull(checked, "checked"));
  }

  /** Returns the public copy of a text: checked numbers, long digit runs, cued and spaced names masked. */
  public String mask(CharSequence text) {
    return mask(text, List.of());
  }

  /**
   * Returns the public copy of a text, also hiding these names in any spelling (the writer's own);
   * names of fewer than two characters are ignored, as they would hide every use of a character.
   */
  public String mask(CharSequence text, Collection<String> names) {
    String s = Checks.notNull(text, "text").toString();
    Checks.notNull(names, "names");
    s = hideNames(s, names);
    s = hideCuedNames(s);
    s = SpacedNames.hide(s);
    return DigitRuns.hide(s, checked.mask(s));
  }

  /** Returns the text with each name, in any spelling with separators between its characters, as surname + 某. */
  public static String hideNames(CharSequence text, Collection<String> names) {
    String s = Checks.notNull(text, "text").toString();
    List<String> sorted = new ArrayList<>();
    for (String n : Checks.notNull(names, "names")) {
      // A name given spaced (王 小明 in a form's name field) is matched by its characters alone.
      String name = withoutSeparators(Checks.notNull(n, "names[]"));
      if (name.codePointCount(0, name.length()) >= 2) {
        sorted.add(name);
      }
    }
    // The longest first: 欧阳建国 before 欧阳, so the longer name is not left half shown.
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    for (String name : sorted) {
      s = hideName(s, name.codePoints().toArray(), surname(name));
    }
    return s;
  }

  private static String withoutSeparators(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      if (!nameSeparator(name.charAt(i))) {
        b.append(name.charAt(i));
      }
    }
    return b.toString();
  }

  /** Replaces each spelling of one name: its code points in order, up to MAX_GAP separators between them. */
  private static String hideName(String s, int[] cps, String replacement) {
    String first = new String(Character.toChars(cps[0]));
    int at = s.indexOf(first);
    if (at < 0) {
      return s;
    }
    StringBuilder out = null;
    int last = 0;
    while (at >= 0) {
      int end = matchFrom(s, at + first.length(), cps);
      if (end < 0) {
        at = s.indexOf(first, at + 1);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, last, at).append(replacement);
      last = end;
      at = s.indexOf(first, end);
    }
    return out == null ? s : out.append(s, last, s.length()).toString();
  }

  /** Returns where the name's code points after the first end, when they follow from {@code i}; else -1. */
  private static int matchFrom(String s, int i, int[] cps) {
    for (int k = 1; k < cps.length; k++) {
      int gap = 0;
      while (i < s.length() && gap < MAX_GAP && nameSeparator(s.charAt(i))) {
        i++;
        gap++;
      }
      if (i >= s.length() || s.codePointAt(i) != cps[k]) {
        return -1;
      }
      i += Character.charCount(cps[k]);
    }
    return i;
  }

  /** The characters of {@link #NAME_SEPARATORS}, for the scans that need no regex. */
  static boolean nameSeparator(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || (c >= '\u2010' && c <= '\u2015')
        || "-_·•・.*/|~‧'`＊－＿／｜～．".indexOf(c) >= 0;
  }

  private static String hideCuedNames(String s) {
    // Cues are found with indexOf and the name matched right after each: a regex searching the
    // whole text for the cues is several times slower on letter-sized texts (MaskingBenchmark).
    List<int[]> spans = new ArrayList<>();
    Matcher m = NAME_AFTER_CUE.matcher(s);
    for (int c = 0; c < CUES.size(); c++) {
      String cue = CUES.get(c);
      for (int at = s.indexOf(cue); at >= 0; at = s.indexOf(cue, at + 1)) {
        nameAfterCue(s, m, at + cue.length(), c < 3, spans);
      }
    }
    // The form labels all end in 人: one pass for 人, then the two characters before it, instead
    // of a pass per label (MaskingBenchmark).
    for (int at = s.indexOf('人', 2); at >= 0; at = s.indexOf('人', at + 1)) {
      if (LABEL_CUES.contains(s.substring(at - 2, at))) {
        int after = at + 1;
        boolean colon = after < s.length() && (s.charAt(after) == '：' || s.charAt(after) == ':');
        nameAfterCue(s, m, after, colon, spans);
      }
    }
    if (spans.isEmpty()) {
      return s;
    }
    spans.sort(Comparator.comparingInt((int[] x) -> x[0]));
    StringBuilder out = new StringBuilder(s.length());
    int last = 0;
    for (int[] sp : spans) {
      if (sp[0] < last) {
        continue; // overlapping cues (本人姓名：…): the first span hides the name
      }
      out.append(s, last, sp[0]).append(surname(s.substring(sp[0], sp[1])));
      last = sp[1];
    }
    return out.append(s, last, s.length()).toString();
  }

  /** Adds the span of the name right after a cue at {@code from}, if there is one. */
  private static void nameAfterCue(String s, Matcher m, int from, boolean strongCue, List<int[]> spans) {
    m.region(from, s.length());
    if (!m.lookingAt()) {
      return;
    }
    String name = m.group(1);
    int end = m.end(1);
    boolean separated = SEPARATED.matcher(name).find();
    boolean boundary = end >= s.length() || !Character.isIdeographic(s.codePointAt(end));
    // A name already masked (张某…) is left as it is, so masking twice changes nothing.
    if (name.indexOf('某') < 0 && (separated || strongCue && boundary)) {
      spans.add(new int[] {m.start(1), end});
    }
  }

  /** The first code point, not char: a surname outside the BMP (𠮷) would leave half a surrogate pair. */
  private static String surname(String name) {
    return name.substring(0, name.offsetByCodePoints(0, 1)) + "某";
  }
}
