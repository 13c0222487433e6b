package org.govsite.core.screening;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * A kind of personal data that screening detects and masks (个人信息类型), with the characters a
 * mask leaves visible (RULES §4: phone {@code 138****1234}, ID number {@code 35*************123}).
 */
@API(status = MAINTAINED, since = "0.1")
public enum PersonalDataKind {
  /** 18-digit resident ID number, GB 11643 check digit and a valid birth date (居民身份证号码). RULES §4: keep 2 + 3. */
  ID_CARD("id-card", 2, 3),
  /** Mainland mobile number, 11 digits starting 1[3-9] (手机号码). RULES §4: keep 3 + 4. */
  MOBILE("mobile", 3, 4),
  /**
   * Landline number with its area code (固定电话号码), {@code 010-12345678}, {@code (0571)87654321}: the
   * area code (3 or 4 digits, so {@link #keepStart()} is the most) and the last 4 digits of the number stay
   * visible (of a 7-digit number the last 3: 4 digits are hidden, as in {@code 138****1234}), as RULES §4
   * shows a phone ({@code 0571-****4321}, {@code 0731-****123}); an extension is hidden.
   */
  LANDLINE("landline", 4, 4),
  /**
   * Bank-card number of a card scheme's issuer range, with a length the range uses and the Luhn check
   * (银行卡号). GovSite's choice: keep 4 + 4.
   */
  BANK_CARD("bank-card", 4, 4),
  /** Unified social credit code, GB 32100-2015 mod-31 check (统一社会信用代码). GovSite's choice: keep 2 + 3. */
  CREDIT_CODE("credit-code", 2, 3),
  /** E-mail address (电子邮箱): the first character of the local part and the domain stay visible. */
  EMAIL("email", 1, 0);

  private final String id;
  private final int keepStart;
  private final int keepEnd;

  PersonalDataKind(String id, int keepStart, int keepEnd) {
    this.id = id;
    this.keepStart = keepStart;
    this.keepEnd = keepEnd;
  }

  /** Returns the kebab-case name, e.g. {@code id-card}. */
  public String id() {
    return id;
  }

  /** Returns the rule name its findings carry, e.g. {@code personal-data:mobile}. */
  public String rule() {
    return "personal-data:" + id;
  }

  /** Returns how many leading letters or digits a mask leaves visible. */
  public int keepStart() {
    return keepStart;
  }

  /** Returns how many trailing letters or digits a mask leaves visible (for e-mail: of the local part). */
  public int keepEnd() {
    return keepEnd;
  }
}
