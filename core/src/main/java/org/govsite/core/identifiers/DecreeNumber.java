package org.govsite.core.identifiers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A 令号 (decree number) of a 命令（令） (GB/T 9704-2012 §10.2 命令格式: the issuing organ's name with
 * 令, and the number written 第N号 with no year): {@code 国令第707号} (中华人民共和国国务院令),
 * {@code 公安部令第148号}, {@code 陕西省人民政府令第220号}; some ministries number by year,
 * {@code 交通运输部令2019年第1号}. It is not a 发文字号, so the 〔年份〕 rules of {@link DocumentNumber}
 * do not apply; {@link DocumentNumber#check} reads it and reports it as {@link DocumentNumber.Kind#DECREE_NUMBER}.
 *
 * @param issuer the issuing organ before 令, e.g. {@code 国} (for 国务院) or {@code 公安部}
 * @param year the year, for organs that number their decrees by year
 * @param serial the serial number, at least 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DecreeNumber(String issuer, OptionalInt year, int serial) {
  /** Creates a decree number, checking each part. */
  public DecreeNumber {
    Checks.notNull(issuer, "issuer");
    Checks.notNull(year, "year");
    Checks.argument(!issuer.isBlank() && issuer.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isDigit(c)
        || DocumentNumberParser.isBracket(c)), "issuer", "发令机关不能为空、不能含空白、数字或括号",
        "the issuer must be non-blank, without spaces, digits or brackets: '" + issuer + "'");
    Checks.argument(year.isEmpty() || year.getAsInt() >= 1000 && year.getAsInt() <= 9999, "year", "年份须为四位数",
        "the year must have four digits: " + year);
    Checks.argument(serial >= 1, "serial", "令号顺序号须为正整数", "the serial must be at least 1: " + serial);
  }

  /** Returns the standard form, e.g. {@code 国令第707号}, {@code 交通运输部令2019年第1号}. */
  @Override
  public String toString() {
    return issuer + "令" + (year.isPresent() ? year.getAsInt() + "年" : "") + "第" + serial + "号";
  }
}
