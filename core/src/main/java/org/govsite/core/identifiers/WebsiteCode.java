package org.govsite.core.identifiers;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A site identifier (网站标识码) as RULES §7 describes it: a local site's 10 digits (6-digit
 * administrative division code + 4-digit serial, {@code 4300000077}) or a State Council
 * department's {@code bm} + 8 digits ({@code bm07000001}).
 *
 * <p>Immutable; equal when the text is equal. The shape is checked, not whether the division code
 * exists: the register of division codes changes every year and is not bundled.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WebsiteCode implements Comparable<WebsiteCode> {
  private static final Pattern LOCAL = Pattern.compile("[0-9]{10}");
  private static final Pattern DEPARTMENT = Pattern.compile("bm[0-9]{8}");

  private final String value;

  private WebsiteCode(String value) {
    this.value = value;
  }

  /**
   * Parses a 网站标识码; surrounding spaces are ignored, {@code BM} is accepted for {@code bm}.
   *
   * @throws InvalidInputException naming {@code websiteCode} when the shape is wrong
   */
  public static WebsiteCode parse(String text) {
    return parse(text, "websiteCode");
  }

  /** Parses a 网站标识码 and names {@code field} in the error when the shape is wrong. */
  public static WebsiteCode parse(String text, String field) {
    Checks.notNull(text, field);
    String s = text.strip();
    if (s.length() == 10 && (s.startsWith("BM") || s.startsWith("Bm") || s.startsWith("bM"))) {
      s = "bm" + s.substring(2);
    }
    if (!LOCAL.matcher(s).matches() && !DEPARTMENT.matcher(s).matches()) {
      throw new InvalidInputException(field, "网站标识码应为10位数字（6位行政区划代码+4位序号）或bm+8位数字"
          + " / a website code is 10 digits (6-digit division code + 4-digit serial) or bm + 8 digits: '" + text + "'");
    }
    return new WebsiteCode(s);
  }

  /** Returns whether {@code text} is a well-formed 网站标识码 (never throws). */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    try {
      parse(text);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /** Returns whether this is a State Council department's code ({@code bm…}). */
  public boolean isDepartment() {
    return value.startsWith("bm");
  }

  /** Returns the 6-digit administrative division code (行政区划代码) of a local site's code. */
  public Optional<String> divisionCode() {
    return isDepartment() ? Optional.empty() : Optional.of(value.substring(0, 6));
  }

  /** Returns the serial: the last 4 digits of a local code, the 8 digits of a department code. */
  public String serial() {
    return isDepartment() ? value.substring(2) : value.substring(6);
  }

  /** Returns the canonical text, e.g. {@code 4300000077}. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(WebsiteCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebsiteCode w && w.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
