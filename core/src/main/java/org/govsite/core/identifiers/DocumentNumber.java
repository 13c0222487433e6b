package org.govsite.core.identifiers;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A 发文字号 (document number) in the form of GB/T 9704-2012 §7.2.5: 机关代字, the year in full
 * inside 六角括号 〔〕, and the serial without leading zeros and without 第, ending in 号 — e.g.
 * {@code 国办发〔2014〕57号}.
 *
 * <p>{@link #parse(String)} accepts only the standard form; {@link #check(String)} also reads the
 * common faulty forms ({@code [2014]}, {@code (2014)}, {@code 【2014】}, {@code 〔14〕}, {@code 第57号},
 * {@code 057号}) and reports each fault with the corrected form.
 *
 * <p>Some numbers put a region or organ in brackets before the 机关代字, as filing certificates do
 * ({@code （陕）网械平台备字〔2018〕4号}): that {@link #prefix} is written in full-width parentheses
 * （）, the rest follows the same rules. A 令号 ({@code 国令第707号}, {@code 公安部令第148号}) is another
 * kind of number, with no year: {@link #check} reads it as a {@link DecreeNumber} ({@link Kind#DECREE_NUMBER}).
 *
 * @param prefix the region or organ in brackets before the 机关代字, without its brackets, e.g. {@code 陕}
 * @param organCode the 机关代字, e.g. {@code 国办发}
 * @param year the four-digit year
 * @param serial the serial number, at least 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DocumentNumber(Optional<String> prefix, String organCode, int year, int serial) {
  /** The 六角括号 GB/T 9704-2012 §7.2.5 requires around the year. */
  public static final char OPEN_BRACKET = '〔';
  /** The closing 六角括号. */
  public static final char CLOSE_BRACKET = '〕';

  /** The full-width parentheses a {@link #prefix} is written in (GB/T 15834-2011: Chinese text takes full-width brackets). */
  public static final char PREFIX_OPEN = '（';
  /** The closing full-width parenthesis of a prefix. */
  public static final char PREFIX_CLOSE = '）';

  /** Creates a document number, checking each part. */
  public DocumentNumber {
    Checks.notNull(prefix, "prefix");
    Checks.argument(prefix.isEmpty() || !prefix.get().isBlank() && prefix.get().codePoints()
        .noneMatch(c -> DocumentNumberParser.isBracket(c) || Character.isWhitespace(c) || Character.isDigit(c)),
        "prefix", "括号内的地区或机关简称不能为空、不能含括号、空白或数字",
        "the prefix must be non-blank, without brackets, spaces or digits: '" + prefix.orElse("") + "'");
    Checks.notNull(organCode, "organCode");
    Checks.argument(!organCode.isBlank() && organCode.strip().equals(organCode)
        && organCode.codePoints().noneMatch(DocumentNumberParser::isBracket),
        "organCode", "机关代字不能为空、不能含括号或首尾空白", "the organ code must be non-blank, without brackets or surrounding spaces: '" + organCode + "'");
    Checks.argument(year >= 1000 && year <= 9999, "year", "年份须为四位数", "the year must have four digits: " + year);
    Checks.argument(serial >= 1, "serial", "发文顺序号须为正整数", "the serial must be at least 1: " + serial);
  }

  /** Creates a document number without a prefix, e.g. {@code 国办发〔2014〕57号}. */
  public DocumentNumber(String organCode, int year, int serial) {
    this(Optional.empty(), organCode, year, serial);
  }

  /**
   * Parses a 发文字号 in the standard form only.
   *
   * @throws InvalidInputException naming {@code docnum} when the text is unparseable or has any fault
   */
  public static DocumentNumber parse(String text) {
    Check c = check(text);
    if (c.kind() == Kind.DECREE_NUMBER) {
      throw new InvalidInputException("docnum", "令号不是发文字号 / a decree number (令号), not a document number: '" + text + "'");
    }
    if (c.number().isEmpty()) {
      throw new InvalidInputException("docnum", "无法识别的发文字号 / not a document number: '" + text + "'");
    }
    if (!c.valid()) {
      throw new InvalidInputException("docnum", "发文字号不规范 / the document number has faults "
          + c.faults().stream().map(Fault::code).toList() + ", expected " + c.number().get());
    }
    return c.number().get();
  }

  /** Reads a 发文字号 leniently and reports each fault against GB/T 9704-2012 §7.2.5. */
  public static Check check(String text) {
    Checks.notNull(text, "docnum");
    return DocumentNumberParser.check(text);
  }

  /** Returns the standard form, e.g. {@code 国办发〔2014〕57号}, {@code （陕）网械平台备字〔2018〕4号}. */
  @Override
  public String toString() {
    return prefix.map(p -> PREFIX_OPEN + p + PREFIX_CLOSE).orElse("") + organCode + OPEN_BRACKET + year + CLOSE_BRACKET + serial + "号";
  }

  /** What a checked text was read as (编号类别), with its message in Chinese and English. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** A 发文字号 (GB/T 9704-2012 §7.2.5). */
    DOCUMENT_NUMBER("document-number", "发文字号（GB/T 9704-2012 §7.2.5） / a document number (发文字号, GB/T 9704-2012 §7.2.5)"),
    /** A 令号 of a 命令（令） (GB/T 9704-2012 §10.2): {@code 国令第707号}, numbered 第N号 without a year. */
    DECREE_NUMBER("decree-number", "令号（命令格式，GB/T 9704-2012 §10.2）：按“第N号”编号、不写年份，不按发文字号的〔年份〕规则检查"
        + " / a decree number (令号, GB/T 9704-2012 §10.2): numbered 第N号 without a year; the 发文字号 rules do not apply"),
    /** Neither: the text could not be read. */
    UNRECOGNISED("unrecognised", "无法识别的发文字号 / not a document number");

    private final String code;
    private final String message;

    Kind(String code, String message) {
      this.code = code;
      this.message = message;
    }

    /** Returns the stable code, e.g. {@code decree-number}. */
    public String code() {
      return code;
    }

    /** Returns what the kind means, "中文说明 / english explanation". */
    public String message() {
      return message;
    }
  }

  /** A fault (不规范写法) in a 发文字号, with a stable kebab-case code. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Fault {
    /** {@code [2014]} or {@code ［2014］} instead of 〔2014〕. */
    SQUARE_BRACKETS("square-brackets", "年份用了方括号 [ ]，应为六角括号〔〕"),
    /** {@code (2014)} or {@code （2014）} instead of 〔2014〕. */
    PARENTHESES("parentheses", "年份用了圆括号 ( )，应为六角括号〔〕"),
    /** {@code 【2014】} instead of 〔2014〕. */
    LENTICULAR_BRACKETS("lenticular-brackets", "年份用了方头括号【】，应为六角括号〔〕"),
    /** Any other bracket, e.g. {@code ﹝2014﹞} or {@code 〈2014〉}. */
    OTHER_BRACKETS("other-brackets", "年份用了其他括号，应为六角括号〔〕"),
    /** {@code (陕)} or {@code 【陕】}: a prefix before the 机关代字 is written in full-width parentheses （陕）. */
    PREFIX_BRACKETS("prefix-brackets", "机关代字前的地区或机关简称应使用全角圆括号（）"),
    /** {@code 〔14〕}: the year must be written in full. */
    TWO_DIGIT_YEAR("two-digit-year", "年份应写全称（四位数）"),
    /** {@code 057号}: the serial must not have leading zeros. */
    LEADING_ZEROS("leading-zeros", "发文顺序号不编虚位（不加前导 0）"),
    /** {@code 第57号}: the serial must not be preceded by 第. */
    DI_PREFIX("di-prefix", "发文顺序号前不加“第”字"),
    /** {@code 国办发〔2014〕57}: the number must end in 号. */
    MISSING_HAO("missing-hao", "发文字号应以“号”结尾"),
    /** {@code 国令707号}: a 令号 is written 第N号 (GB/T 9704-2012 §10.2). */
    DECREE_MISSING_DI("decree-missing-di", "令号应写作“第N号”"),
    /** Full-width digits such as {@code ２０１４}. */
    FULL_WIDTH_DIGITS("full-width-digits", "数字应使用阿拉伯数字半角形式"),
    /** Spaces inside the number. */
    WHITESPACE("whitespace", "发文字号中不应有空格");

    private final String code;
    private final String description;

    Fault(String code, String description) {
      this.code = code;
      this.description = description;
    }

    /** Returns the stable code, e.g. {@code square-brackets}. */
    public String code() {
      return code;
    }

    /** Returns the Chinese explanation of the fault. */
    public String description() {
      return description;
    }
  }

  /**
   * The result of checking a 发文字号 (发文字号检查结果): the number read (when readable) and its faults.
   * {@link #valid()}, {@link #parseable()} and {@link #corrected()} speak of a 发文字号 only, so a
   * caller that needs one (a catalogue's 发文字号 field) can rely on {@link #number()}; {@link #kind()},
   * {@link #recognised()}, {@link #wellFormed()} and {@link #standardForm()} speak of a {@link DecreeNumber} too.
   *
   * @param input the text checked
   * @param number the number read, empty when the text is unparseable
   * @param faults the faults found, in the order of {@link Fault}; empty when valid
   * @param decree the 令号 read, when the text is one (then {@code number} is empty)
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Check(String input, Optional<DocumentNumber> number, List<Fault> faults, Optional<DecreeNumber> decree) {
    /** Creates a check result. */
    public Check {
      Checks.notNull(input, "input");
      Checks.notNull(number, "number");
      faults = List.copyOf(Checks.notNull(faults, "faults"));
      Checks.notNull(decree, "decree");
      Checks.argument(number.isEmpty() || decree.isEmpty(), "decree", "不能既是发文字号又是令号",
          "a text is read as a document number or a decree number, not both");
    }

    /** Creates the result of a text that is no 令号. */
    public Check(String input, Optional<DocumentNumber> number, List<Fault> faults) {
      this(input, number, faults, Optional.empty());
    }

    /** Returns true when the text was read as a 发文字号 and has no fault. */
    public boolean valid() {
      return number.isPresent() && faults.isEmpty();
    }

    /** Returns true when the text could be read as a 发文字号 at all. */
    public boolean parseable() {
      return number.isPresent();
    }

    /** Returns the standard form of the 发文字号 read, when the text was parseable as one. */
    public Optional<String> corrected() {
      return number.map(DocumentNumber::toString);
    }

    /** Returns what the text was read as. */
    public Kind kind() {
      return number.isPresent() ? Kind.DOCUMENT_NUMBER : decree.isPresent() ? Kind.DECREE_NUMBER : Kind.UNRECOGNISED;
    }

    /** Returns true when the text was read as a number of either kind. */
    public boolean recognised() {
      return number.isPresent() || decree.isPresent();
    }

    /** Returns true when the text was read as a number of either kind and has no fault. */
    public boolean wellFormed() {
      return recognised() && faults.isEmpty();
    }

    /** Returns the standard form of the number read, of either kind. */
    public Optional<String> standardForm() {
      return number.isPresent() ? corrected() : decree.map(DecreeNumber::toString);
    }
  }
}
