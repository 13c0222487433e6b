package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The parts of a 索引号 (index number) as an {@link IndexNumberScheme} reads and writes them.
 *
 * @param organisation the organisation or region code; empty when the scheme has no such segment
 * @param category the category code; empty when the scheme has no such segment
 * @param year the year
 * @param serial the serial, at least 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record IndexNumber(String organisation, String category, int year, long serial) {
  /** Checks the parts that do not depend on a scheme. */
  public IndexNumber {
    Checks.notNull(organisation, "organisation");
    Checks.notNull(category, "category");
    Checks.argument(year >= 1000 && year <= 9999, "year", "年份须为四位数", "the year must have four digits: " + year);
    Checks.argument(serial >= 1, "serial", "流水号须为正整数", "the serial must be at least 1: " + serial);
  }
}
