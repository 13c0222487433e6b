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
 *   <li>a name after a cue ({@code 我叫}, {@code 名叫}, {@code 姓名}, {@code 本人}, {@code 我是})
 *       written with separators between its characters, and after {@code 我叫}, {@code 名叫} or
 *       {@code 姓名} also a 2–4 character name without them that ends at punctuation: {@code 姓名：张三，}.</li>
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
  private static final Pattern CUE_NAME = Pattern.compile("(我叫|名叫|姓名|本人|我是)[：:\\s\\u3000]{0,3}(" + HAN + "(?:"
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

  /** Returns the public copy of a text: checked numbers, long digit runs and cued names masked. */
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
    return DigitRuns.hide(s, checked.mask(s));
  }

  /** Returns the text with each name, in any spelling with separators between its characters, as surname + 某. */
  public static String hideNames(CharSequence text, Collection<String> names) {
    String s = Checks.notNull(text, "text").toString();
    List<String> sorted = new ArrayList<>();
    for (String n : Checks.notNull(names, "names")) {
      String name = Checks.notNull(n, "names[]").strip();
      if (name.codePointCount(0, name.length()) >= 2) {
        sorted.add(name);
      }
    }
    // The longest first: 欧阳建国 before 欧阳, so the longer name is not left half shown.
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    for (String name : sorted) {
      StringBuilder re = new StringBuilder();
      int[] cps = name.codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        if (i > 0) {
          re.append(NAME_SEPARATORS).append("{0,").append(MAX_GAP).append('}');
        }
        re.append(Pattern.quote(new String(Character.toChars(cps[i]))));
      }
      s = Pattern.compile(re.toString()).matcher(s).replaceAll(Matcher.quoteReplacement(surname(name)));
    }
    return s;
  }

  private static String hideCuedNames(String s) {
    Matcher m = CUE_NAME.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    int last = 0;
    while (m.find()) {
      String cue = m.group(1);
      String name = m.group(2);
      int end = m.end(2);
      boolean separated = SEPARATED.matcher(name).find();
      boolean boundary = end >= s.length() || !Character.isIdeographic(s.codePointAt(end));
      boolean strongCue = !cue.equals("本人") && !cue.equals("我是");
      // A name already masked (张某…) is left as it is, so masking twice changes nothing.
      if (name.indexOf('某') >= 0 || !separated && !(strongCue && boundary)) {
        continue;
      }
      out.append(s, last, m.start(2)).append(surname(name));
      last = end;
    }
    return out.append(s, last, s.length()).toString();
  }

  /** The first code point, not char: a surname outside the BMP (𠮷) would leave half a surrogate pair. */
  private static String surname(String name) {
    return name.substring(0, name.offsetByCodePoints(0, 1)) + "某";
  }
}
