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
 * @param organCode the 机关代字, e.g. {@code 国办发}
 * @param year the four-digit year
 * @param serial the serial number, at least 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DocumentNumber(String organCode, int year, int serial) {
  /** The 六角括号 GB/T 9704-2012 §7.2.5 requires around the year. */
  public static final char OPEN_BRACKET = '〔';
  /** The closing 六角括号. */
  public static final char CLOSE_BRACKET = '〕';

  /** Creates a document number, checking each part. */
  public DocumentNumber {
    Checks.notNull(organCode, "organCode");
    Checks.argument(!organCode.isBlank() && organCode.strip().equals(organCode)
        && organCode.codePoints().noneMatch(DocumentNumberParser::isBracket),
        "organCode", "机关代字不能为空、不能含括号或首尾空白", "the organ code must be non-blank, without brackets or surrounding spaces: '" + organCode + "'");
    Checks.argument(year >= 1000 && year <= 9999, "year", "年份须为四位数", "the year must have four digits: " + year);
    Checks.argument(serial >= 1, "serial", "发文顺序号须为正整数", "the serial must be at least 1: " + serial);
  }

  /**
   * Parses a 发文字号 in the standard form only.
   *
   * @throws InvalidInputException naming {@code docnum} when the text is unparseable or has any fault
   */
  public static DocumentNumber parse(String text) {
    Check c = check(text);
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

  /** Returns the standard form, e.g. {@code 国办发〔2014〕57号}. */
  @Override
  public String toString() {
    return organCode + OPEN_BRACKET + year + CLOSE_BRACKET + serial + "号";
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
    /** {@code 〔14〕}: the year must be written in full. */
    TWO_DIGIT_YEAR("two-digit-year", "年份应写全称（四位数）"),
    /** {@code 057号}: the serial must not have leading zeros. */
    LEADING_ZEROS("leading-zeros", "发文顺序号不编虚位（不加前导 0）"),
    /** {@code 第57号}: the serial must not be preceded by 第. */
    DI_PREFIX("di-prefix", "发文顺序号前不加“第”字"),
    /** {@code 国办发〔2014〕57}: the number must end in 号. */
    MISSING_HAO("missing-hao", "发文字号应以“号”结尾"),
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
   *
   * @param input the text checked
   * @param number the number read, empty when the text is unparseable
   * @param faults the faults found, in the order of {@link Fault}; empty when valid
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Check(String input, Optional<DocumentNumber> number, List<Fault> faults) {
    /** Creates a check result. */
    public Check {
      Checks.notNull(input, "input");
      Checks.notNull(number, "number");
      faults = List.copyOf(Checks.notNull(faults, "faults"));
    }

    /** Returns true when the text was read and has no fault. */
    public boolean valid() {
      return number.isPresent() && faults.isEmpty();
    }

    /** Returns true when the text could be read as a document number at all. */
    public boolean parseable() {
      return number.isPresent();
    }

    /** Returns the standard form of the number read, when the text was parseable. */
    public Optional<String> corrected() {
      return number.map(DocumentNumber::toString);
    }
  }
}
