package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** The applicant of a 依申请公开 request (申请人类型), as the annual report's columns divide them. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ApplicantType {
  /** 自然人. */
  NATURAL_PERSON("natural-person", "自然人"),
  /** 法人或其他组织: 商业企业. */
  BUSINESS("business", "商业企业"),
  /** 法人或其他组织: 科研机构. */
  RESEARCH("research", "科研机构"),
  /** 法人或其他组织: 社会公益组织. */
  PUBLIC_INTEREST("public-interest", "社会公益组织"),
  /** 法人或其他组织: 法律服务机构. */
  LEGAL_SERVICE("legal-service", "法律服务机构"),
  /** 法人或其他组织: 其他. */
  OTHER_ORGANIZATION("other-organization", "其他");

  private final String code;
  private final String label;

  ApplicantType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** Returns the stable code, e.g. {@code natural-person}. */
  public String code() {
    return code;
  }

  /** Returns the column heading of the annual report. */
  public String label() {
    return label;
  }

  /** Returns the type with this code. */
  public static ApplicantType fromCode(String code) {
    return Codes.byName(values(), code, "applicant", "未知的申请人类型 / unknown applicant type", ApplicantType::code);
  }
}
