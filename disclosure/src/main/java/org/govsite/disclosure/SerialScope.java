package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a 索引号 serial counts within (流水号范围): each organisation's year, or each category's year. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SerialScope {
  /** One sequence per organisation and year: {@code 000014349/2017-00001, 00002, …}. */
  ORGANISATION_YEAR,
  /** One sequence per organisation, category and year. */
  CATEGORY_YEAR
}
