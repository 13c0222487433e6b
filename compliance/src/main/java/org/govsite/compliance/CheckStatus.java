package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** The outcome of a check (检查结果): passed, failed, or not checked (with the reason in its evidence). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CheckStatus {
  /** 通过: the check found nothing wrong. */
  PASS,
  /** 未通过: the check found what its evidence lists. */
  FAIL,
  /** 未检查: the check could not be made here (e.g. no IPv6 on the auditing machine); never a pass or a fail. */
  NOT_CHECKED;

  /** Returns the JSON name: {@code pass}, {@code fail}, {@code not-checked}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
