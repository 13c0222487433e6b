package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/**
 * How a request arrived (申请渠道); 条例 第31条 fixes the day of receipt for each: in person that
 * day, registered post the day the agency signs for it, an ordinary letter the day it confirms
 * with the applicant, internet or fax the day both sides confirm.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Channel {
  /** 当面提交. */
  IN_PERSON("in-person", "当面提交"),
  /** 邮寄（挂号信、快递等需签收）. */
  POST("post", "邮寄"),
  /** 平常信函. */
  LETTER("letter", "平常信函"),
  /** 互联网渠道. */
  ONLINE("online", "网络"),
  /** 传真. */
  FAX("fax", "传真"),
  /** 其他渠道. */
  OTHER("other", "其他");

  private final String code;
  private final String label;

  Channel(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** Returns the stable code, e.g. {@code online}. */
  public String code() {
    return code;
  }

  /** Returns the Chinese name. */
  public String label() {
    return label;
  }

  /** Returns the channel with this code. */
  public static Channel fromCode(String code) {
    return Codes.byName(values(), code, "channel", "未知的申请渠道 / unknown channel", Channel::code);
  }
}
