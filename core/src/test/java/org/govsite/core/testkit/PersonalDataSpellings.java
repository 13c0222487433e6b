package org.govsite.core.testkit;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.govsite.core.identifiers.BankCardNumbers;
import org.govsite.core.identifiers.BankCardNumbers.IssuerRange;
import org.govsite.core.identifiers.ResidentIdNumbers;

/**
 * Personal data in many spellings, for the properties that check no public output shows it
 * (issue 15, item 9; issue 18): landlines with area codes, extensions and separators (real area
 * codes in every spelling screening reads, {@link #landlineNumbers()}, and looser ones), mobile, ID and bank
 * numbers with valid and failing checks, other long digit runs, full-width digits, numbers in
 * Chinese numerals ({@code 一三八…}, {@code 幺三八…}, mixed {@code 138一二三…}), and names written with
 * separators between their characters: after a cue, as the writer's own name, or on their own
 * starting with a common surname ({@code 欧 阳 鑫 淼}, {@code 王·鑫}, {@code 张-鑫淼}).
 * The sentences around them hold no digits and none of the names' characters.
 */
public final class PersonalDataSpellings {
  /** Rare characters names are made of: none appears in the sentences around them. */
  private static final String NAME_CHARS = "鑫淼焱垚犇骉晶磊蕊赟昊翀巍嵘翊煜珩琰璟";
  /** What people type between the characters of a name. */
  private static final List<String> NAME_GAPS = List.of(" ", "  ", "-", "·", "　", "*", "_", "/", ".", "・", " - ");
  /** What people type between the groups of a number. */
  private static final List<String> DIGIT_GAPS = List.of(" ", "-", "　", "－", ".", "/", "_", " - ", "*");
  private static final List<String> CUES = List.of("我叫", "姓名：", "本人", "我是", "名叫", "联系人", "经办人：",
      "投诉人", "举报人 ", "反映人", "来信人");
  /** Common single and compound surnames (a few of the bundled list's). */
  private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
      "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "欧阳", "司马", "诸葛", "上官", "东方",
      "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐");
  /**
   * What comes before a spaced name with no cue: punctuation or a space. A two-character name glued
   * to the word before it ({@code 请回电王 鑫}) is not read as one (see docs/screening.md).
   */
  private static final List<String> NAME_BEFORE = List.of(" ", "您好！", "反映问题：", "经核实，", "来电 ", "（", "，",
      "请转告 ");
  /** How Chinese numerals spell each digit: 0 as 〇 or 零, 1 as 一 or 幺, 2 as 二 or 两. */
  private static final List<List<String>> CHINESE = List.of(List.of("〇", "零"), List.of("一", "幺"), List.of("二", "两"),
      List.of("三"), List.of("四"), List.of("五"), List.of("六"), List.of("七"), List.of("八"), List.of("九"));
  private static final List<String> BEFORE = List.of("我家住城关镇，联系电话", "反映问题：", "请回电", "", "经核实，",
      "关于道路维修，来电", "您好！", "号码是");
  private static final List<String> AFTER = List.of("，请尽快处理。", "。", "", "，谢谢！", "反映小区停水问题", " 请联系");

  private PersonalDataSpellings() {}

  /**
   * A piece of personal data as written, and what must not show.
   *
   * @param written how it appears in the text
   * @param digits the number's digits in ASCII, empty for a name
   * @param name the name, empty for a number
   */
  public record Secret(String written, String digits, String name) {}

  /** A sentence holding one secret, and the secret. */
  public record Sentence(String text, Secret secret) {}

  /** Returns numbers of every kind in many spellings, Chinese numerals included. */
  public static Arbitrary<Secret> numbers() {
    return Arbitraries.oneOf(landlines(), mobiles(), idNumbers(), bankCards(), digitRuns(), chineseNumerals());
  }

  /**
   * Returns phone and other numbers written in Chinese numerals: all of them, the first digits in
   * Arabic and the rest in Chinese ({@code 138一二三四五六七八}), or each digit at random, with
   * separators between groups sometimes.
   */
  public static Arbitrary<Secret> chineseNumerals() {
    return Arbitraries.oneOf(landlines(), mobiles(), digitRuns()).flatMap(n -> Combinators.combine(
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 99).list().ofSize(n.digits().length()),
        Arbitraries.of(DIGIT_GAPS), Arbitraries.of(false, true)).as((style, picks, gap, grouped) -> {
          String d = n.digits();
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < d.length(); i++) {
            if (grouped && i > 0 && i % 4 == 3) {
              b.append(gap);
            }
            int v = d.charAt(i) - '0';
            boolean chinese = switch (style) {
              case 0 -> true;
              case 1 -> i >= 3;
              default -> picks.get(i) % 2 == 0;
            };
            List<String> forms = CHINESE.get(v);
            b.append(chinese ? forms.get(picks.get(i) % forms.size()) : String.valueOf(d.charAt(i)));
          }
          return new Secret(b.toString(), d, "");
        }));
  }

  /**
   * Returns names that start with a common surname (single or compound) and have a one- or
   * two-character given name of rare characters.
   */
  public static Arbitrary<String> surnameNames() {
    Arbitrary<String> given = Arbitraries.of(NAME_CHARS.chars().mapToObj(c -> String.valueOf((char) c)).toList())
        .list().ofMinSize(1).ofMaxSize(2).map(l -> String.join("", l));
    return Combinators.combine(Arbitraries.of(SURNAMES), given).as((s, g) -> s + g);
  }

  /**
   * Returns a surname-led name spelled apart: a separator between every two characters
   * ({@code 欧 阳 鑫 淼}) or only after the surname ({@code 欧阳 鑫淼}, {@code 王·鑫淼}).
   */
  public static Arbitrary<String> spelledApart(String name) {
    int surname = SURNAMES.contains(name.substring(0, Math.min(2, name.length()))) && name.length() > 2 ? 2 : 1;
    return Arbitraries.oneOf(spelled(name), Arbitraries.of(NAME_GAPS)
        .map(gap -> name.substring(0, surname) + gap + name.substring(surname)));
  }

  /** Returns a surname-led name spelled apart, with no cue, after what a letter may have before it. */
  public static Arbitrary<Secret> spacedNames() {
    return Combinators.combine(Arbitraries.of(NAME_BEFORE), surnameNames())
        .flatAs((before, name) -> spelledApart(name).map(s -> new Secret(before + s, "", name)));
  }

  /** Returns names (2–4 characters) written with a separator between each two characters. */
  public static Arbitrary<String> names() {
    return Arbitraries.of(NAME_CHARS.chars().mapToObj(c -> String.valueOf((char) c)).toList())
        .list().ofMinSize(2).ofMaxSize(4).map(l -> String.join("", l));
  }

  /** Returns a name with a separator typed between each two of its characters. */
  public static Arbitrary<String> spelled(String name) {
    return Arbitraries.of(NAME_GAPS).list().ofSize(name.length() - 1).map(gaps -> {
      StringBuilder b = new StringBuilder().append(name.charAt(0));
      for (int i = 1; i < name.length(); i++) {
        b.append(gaps.get(i - 1)).append(name.charAt(i));
      }
      return b.toString();
    });
  }

  /** Returns sentences with a number, a spaced name after a cue, or a spaced name led by a surname. */
  public static Arbitrary<Sentence> sentences() {
    Arbitrary<Secret> cuedNames = Combinators.combine(Arbitraries.of(CUES), names())
        .flatAs((cue, name) -> spelled(name).map(s -> new Secret(cue + s, "", name)));
    return Combinators.combine(Arbitraries.of(BEFORE), Arbitraries.oneOf(numbers(), numbers(), cuedNames, spacedNames()),
        Arbitraries.of(AFTER)).as((b, s, a) -> new Sentence(b + s.written() + a, s));
  }

  /** Returns the text without anything typed between characters, for checking that a name is gone. */
  public static String withoutSeparators(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (" 　-·*_/.・－\u00a0".indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Returns the digits of a text in ASCII (full-width and Chinese numerals folded), everything else dropped. */
  public static String digitsOf(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      int v = digitValue(c);
      if (v >= 0) {
        b.append((char) ('0' + v));
      }
    }
    return b.toString();
  }

  /** The value of a digit as a reader sees it: ASCII, full-width or a Chinese numeral; -1 for anything else. */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    for (int v = 0; v < CHINESE.size(); v++) {
      if (CHINESE.get(v).contains(String.valueOf(c))) {
        return v;
      }
    }
    return -1;
  }

  /**
   * Returns the runs of digits a reader sees in a text, in ASCII: digits (Chinese numerals too)
   * joined by at most three separator characters; a star ends a run (it is what masks write).
   */
  public static List<String> visibleDigitRuns(String text) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int gap = 0;
    for (char c : text.toCharArray()) {
      int v = digitValue(c);
      if (v >= 0) {
        run.append((char) ('0' + v));
        gap = 0;
      } else if (run.length() > 0 && " 　-－./_()（）·#+~\u00a0\t".indexOf(c) >= 0 && gap < 3) {
        gap++;
      } else {
        if (run.length() > 0) {
          runs.add(run.toString());
        }
        run.setLength(0);
        gap = 0;
      }
    }
    if (run.length() > 0) {
      runs.add(run.toString());
    }
    return runs;
  }

  /**
   * Whether a text shows seven or more digits of a number in a row (separators between them
   * allowed): the check a page full of other numbers can take without false alarms.
   */
  public static boolean showsPartOf(String text, String digits) {
    for (String run : visibleDigitRuns(text)) {
      for (int i = 0; i + 7 <= digits.length(); i++) {
        if (run.contains(digits.substring(i, i + 7))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the longest run of digits a reader sees in a text: digits joined by at most three
   * separator characters (a star ends a run: it is what masks write).
   */
  public static int longestVisibleDigitRun(String text) {
    int best = 0;
    int run = 0;
    int gap = 0;
    for (char c : text.toCharArray()) {
      boolean digit = digitValue(c) >= 0;
      if (digit) {
        run++;
        gap = 0;
        best = Math.max(best, run);
      } else if (run > 0 && " 　-－./_()（）·#+~\u00a0\t".indexOf(c) >= 0 && gap < 3) {
        gap++;
      } else {
        run = 0;
        gap = 0;
      }
    }
    return best;
  }

  private static Arbitrary<Secret> landlines() {
    return Arbitraries.oneOf(landlineNumbers(), looseLandlines());
  }

  /**
   * Returns landline numbers with a real area code (010, 02X, 0XXX) as people write them: {@code
   * 010-12345678}, {@code (0571)87654321}, {@code （0571） 87654321}, {@code 0755 8888 6666}, {@code
   * 0571-8765-4321}, {@code 057187654321}, full-width sometimes, with an extension ({@code -801},
   * {@code 转801}, {@code #801}, {@code 分机801}) sometimes. {@code digits} is area code and number,
   * without the extension.
   */
  public static Arbitrary<Secret> landlineNumbers() {
    Arbitrary<String> area = Arbitraries.oneOf(Arbitraries.just("010"),
        Arbitraries.of("0", "1", "2", "3", "4", "5", "7", "8", "9").map(d -> "02" + d),
        Arbitraries.strings().numeric().ofLength(2).flatMap(d -> Arbitraries.integers().between(3, 9).map(first -> "0" + first + d)));
    Arbitrary<String> ext = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4));
    return Combinators.combine(area, Arbitraries.integers().between(1, 9), Arbitraries.strings().numeric().ofLength(7),
        Arbitraries.of(false, true), ext, Arbitraries.of("-", "转", "#", "分机"), Arbitraries.integers().between(0, 6),
        Arbitraries.of(false, true)).as((a, first, rest, seven, e, mark, style, wide) -> {
          String n = first + (a.length() == 4 && seven ? rest.substring(1) : rest);
          String written = switch (style) {
            case 0 -> a + "-" + n;
            case 1 -> "(" + a + ")" + n;
            case 2 -> "（" + a + "） " + n;
            case 3 -> a + " " + n.substring(0, n.length() - 4) + " " + n.substring(n.length() - 4);
            case 4 -> a + "-" + n.substring(0, n.length() - 4) + "-" + n.substring(n.length() - 4);
            case 5 -> a + n;
            default -> a + " " + n;
          };
          if (!e.isEmpty()) {
            written += mark + e;
          }
          return new Secret(wide ? wide(written) : written, a + n, "");
        });
  }

  /** Landline-like numbers with any area code and separators, which a public copy hides whatever they are. */
  private static Arbitrary<Secret> looseLandlines() {
    Arbitrary<String> area = Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(3)
        .filter(s -> s.charAt(0) != '0').map(s -> "0" + s);
    Arbitrary<String> number = Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(8).filter(s -> s.charAt(0) >= '2');
    Arbitrary<String> ext = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4));
    return Combinators.combine(area, number, ext, Arbitraries.integers().between(0, 5), Arbitraries.of(DIGIT_GAPS),
        Arbitraries.of(false, true)).as((a, n, e, style, gap, wide) -> {
          String written = switch (style) {
            case 0 -> a + gap + n;
            case 1 -> "(" + a + ")" + n;
            case 2 -> "（" + a + "）" + n;
            case 3 -> a + gap + n.substring(0, 4) + gap + n.substring(4);
            case 4 -> a + n;
            default -> a + "-" + n;
          };
          if (!e.isEmpty()) {
            written += "-" + e;
          }
          return new Secret(wide ? wide(written) : written, a + n, "");
        });
  }

  private static Arbitrary<Secret> mobiles() {
    Arbitrary<String> valid = Combinators.combine(Arbitraries.integers().between(3, 9),
        Arbitraries.strings().numeric().ofLength(9)).as((d, rest) -> "1" + d + rest);
    Arbitrary<String> invalid = Arbitraries.strings().numeric().ofLength(10).map(rest -> "1" + rest.replaceFirst("^[3-9]", "2"));
    return Combinators.combine(Arbitraries.oneOf(valid, invalid), Arbitraries.integers().between(0, 3), Arbitraries.of(DIGIT_GAPS),
        Arbitraries.of(false, true)).as((m, style, gap, wide) -> {
          String written = switch (style) {
            case 0 -> m;
            case 1 -> m.substring(0, 3) + gap + m.substring(3, 7) + gap + m.substring(7);
            case 2 -> "+86 " + m;
            default -> m.substring(0, 3) + gap + m.substring(3);
          };
          return new Secret(wide ? wide(written) : written, m, "");
        });
  }

  private static Arbitrary<Secret> idNumbers() {
    return Combinators.combine(Arbitraries.oneOf(Arbitraries.of(ResidentIdNumbers.PROVINCE_CODES)
            .flatMap(p -> Arbitraries.strings().numeric().ofLength(4).map(d -> p + d)),
            Arbitraries.strings().numeric().ofLength(6).filter(s -> s.charAt(0) != '0')),
        Arbitraries.integers().between(0, 365 * 60), Arbitraries.strings().numeric().ofLength(3), Arbitraries.of(false, true),
        Arbitraries.integers().between(0, 2), Arbitraries.of(DIGIT_GAPS)).as((addr, days, seq, valid, style, gap) -> {
          String birth = java.time.LocalDate.of(1950, 1, 1).plusDays(days).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
          String body = addr + birth + seq;
          char check = idCheck(body);
          if (!valid) {
            check = check == '0' ? '1' : '0';
          }
          String id = body + check;
          String written = switch (style) {
            case 0 -> id;
            case 1 -> id.substring(0, 6) + gap + id.substring(6, 14) + gap + id.substring(14);
            default -> wide(id);
          };
          return new Secret(written, id.replace("X", ""), "");
        });
  }

  private static Arbitrary<Secret> bankCards() {
    // Cards of the standard issuer ranges, and runs that look like them but fail Luhn or have no issuer.
    Arbitrary<String> other = Combinators.combine(Arbitraries.integers().between(16, 19), Arbitraries.strings().numeric().ofLength(19))
        .as((len, digits) -> {
          String body = "6" + digits.substring(0, len - 2);
          return body + luhnCheck(body);
        });
    return Combinators.combine(Arbitraries.oneOf(schemeCards(), other), Arbitraries.of(false, true), Arbitraries.of(" ", "-", ""))
        .as((valid, luhnOk, gap) -> {
          String card = luhnOk ? valid
              : valid.substring(0, valid.length() - 1) + (char) ('0' + (valid.charAt(valid.length() - 1) - '0' + 1) % 10);
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < card.length(); i++) {
            if (i > 0 && i % 4 == 0) {
              b.append(gap);
            }
            b.append(card.charAt(i));
          }
          return new Secret(b.toString(), card, "");
        });
  }

  /**
   * Returns bank-card numbers of {@link BankCardNumbers#STANDARD_RANGES}, unformatted: a range, one
   * of its lengths, a prefix inside it, random digits and the Luhn check digit. Numbers shaped like
   * an ID number (which are never cards) are left out.
   */
  public static Arbitrary<String> schemeCards() {
    return schemeCards(BankCardNumbers.STANDARD_RANGES);
  }

  /** Returns bank-card numbers of some issuer ranges, as {@link #schemeCards()} does. */
  public static Arbitrary<String> schemeCards(List<IssuerRange> ranges) {
    return Arbitraries.of(ranges).flatMap(r -> Combinators.combine(Arbitraries.of(List.copyOf(r.lengths())),
        Arbitraries.longs().between(Long.parseLong(r.from()), Long.parseLong(r.to())), Arbitraries.strings().numeric().ofLength(19))
        .as((len, prefix, fill) -> {
          String p = String.format("%0" + r.from().length() + "d", prefix);
          String body = p + fill.substring(0, len - 1 - p.length());
          return body + luhnCheck(body);
        }))
        .filter(c -> !ResidentIdNumbers.isCandidate(c));
  }

  private static Arbitrary<Secret> digitRuns() {
    return Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(14).flatMap(d -> Arbitraries.of(DIGIT_GAPS)
        .list().ofSize(d.length() - 1).map(gaps -> {
          StringBuilder b = new StringBuilder().append(d.charAt(0));
          for (int i = 1; i < d.length(); i++) {
            // A separator after every third digit at most: sometimes 1234567, sometimes 123-456-7.
            b.append(i % 3 == 0 ? gaps.get(i - 1) : "").append(d.charAt(i));
          }
          return new Secret(b.toString(), d, "");
        }));
  }

  private static String wide(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return b.toString();
  }

  private static char idCheck(String body17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body17.charAt(i) - '0') * w[i];
    }
    return "10X98765432".charAt(sum % 11);
  }

  private static int luhnCheck(String body) {
    int sum = 0;
    boolean dbl = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }

  /** Returns the list of every public text a check should look at. */
  public static List<String> all(String... texts) {
    return new ArrayList<>(List.of(texts));
  }
}
