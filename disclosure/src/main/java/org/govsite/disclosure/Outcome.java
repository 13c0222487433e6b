package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/**
 * How a request was answered (办理结果), in the categories of the annual report's section 三
 * (国办公开办函〔2021〕30号), each a row of its table.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Outcome {
  /** （一）予以公开. */
  DISCLOSED("disclosed", "（一）予以公开"),
  /** （二）部分公开. */
  PARTIAL("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
  /** （三）不予公开 1. 属于国家秘密. */
  WITHHELD_STATE_SECRET("withheld:state-secret", "1．属于国家秘密"),
  /** （三）2. 其他法律行政法规禁止公开. */
  WITHHELD_PROHIBITED_BY_LAW("withheld:prohibited-by-law", "2．其他法律行政法规禁止公开"),
  /** （三）3. 危及"三安全一稳定". */
  WITHHELD_THREE_SAFETY_ONE_STABILITY("withheld:three-safety-one-stability", "3．危及“三安全一稳定”"),
  /** （三）4. 保护第三方合法权益. */
  WITHHELD_THIRD_PARTY_RIGHTS("withheld:third-party-rights", "4．保护第三方合法权益"),
  /** （三）5. 属于三类内部事务信息. */
  WITHHELD_INTERNAL_AFFAIRS("withheld:internal-affairs", "5．属于三类内部事务信息"),
  /** （三）6. 属于四类过程性信息. */
  WITHHELD_PROCESS_INFORMATION("withheld:process-information", "6．属于四类过程性信息"),
  /** （三）7. 属于行政执法案卷. */
  WITHHELD_ENFORCEMENT_FILE("withheld:enforcement-file", "7．属于行政执法案卷"),
  /** （三）8. 属于行政查询事项. */
  WITHHELD_QUERY_MATTER("withheld:query-matter", "8．属于行政查询事项"),
  /** （四）无法提供 1. 本机关不掌握相关政府信息. */
  UNAVAILABLE_NOT_HELD("unavailable:not-held", "1．本机关不掌握相关政府信息"),
  /** （四）2. 没有现成信息需要另行制作. */
  UNAVAILABLE_NEEDS_CREATION("unavailable:needs-creation", "2．没有现成信息需要另行制作"),
  /** （四）3. 补正后申请内容仍不明确. */
  UNAVAILABLE_STILL_UNCLEAR("unavailable:still-unclear", "3．补正后申请内容仍不明确"),
  /** （五）不予处理 1. 信访举报投诉类申请. */
  NOT_PROCESSED_PETITION("not-processed:petition", "1．信访举报投诉类申请"),
  /** （五）2. 重复申请. */
  NOT_PROCESSED_REPEATED("not-processed:repeated", "2．重复申请"),
  /** （五）3. 要求提供公开出版物. */
  NOT_PROCESSED_PUBLICATION("not-processed:publication", "3．要求提供公开出版物"),
  /** （五）4. 无正当理由大量反复申请. */
  NOT_PROCESSED_EXCESSIVE("not-processed:excessive", "4．无正当理由大量反复申请"),
  /** （五）5. 要求行政机关确认或重新出具已获取信息. */
  NOT_PROCESSED_CONFIRMATION("not-processed:confirmation", "5．要求行政机关确认或重新出具已获取信息"),
  /** （六）其他处理 1. 申请人无正当理由逾期不补正、行政机关不再处理. */
  OTHER_NO_CORRECTION("other:no-correction", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
  /** （六）2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理. */
  OTHER_FEE_UNPAID("other:fee-unpaid", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
  /** （六）3. 其他. */
  OTHER_OTHER("other:other", "3．其他");

  private final String code;
  private final String label;

  Outcome(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** Returns the stable code, e.g. {@code withheld:third-party-rights}. */
  public String code() {
    return code;
  }

  /** Returns the row code of the annual table, e.g. {@code withheld.third-party-rights}. */
  public String rowCode() {
    return code.replace(':', '.');
  }

  /** Returns the group, e.g. {@code withheld}; for 予以公开 and 部分公开 the code itself. */
  public String group() {
    int i = code.indexOf(':');
    return i < 0 ? code : code.substring(0, i);
  }

  /** Returns the row label of the national table. */
  public String label() {
    return label;
  }

  /** Returns the outcome with this code. */
  public static Outcome fromCode(String code) {
    return Codes.byName(values(), code, "outcome", "未知的办理结果 / unknown outcome", Outcome::code);
  }
}
