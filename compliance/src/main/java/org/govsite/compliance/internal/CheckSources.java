package org.govsite.compliance.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Every number and citation of the census checks beyond the veto items (国办秘函〔2019〕19号 indicators,
 * 国办发〔2015〕15号 附件 普查评分表, GB/T 37668-2019), named after its source; each is the default of a
 * {@code CheckSettings} field a site profile can override.
 */
@API(status = INTERNAL, since = "0.1")
public final class CheckSources {
  private CheckSources() {}

  /** RULES §3 域名/标识 (a deduction area whose value RULES leaves open) and §7 网站标识码. */
  public static final String RULE_IDENTIFIERS = "RULES §3 域名/标识 (国办秘函〔2019〕19号; 国办发〔2015〕15号 附件, value open), §7 网站标识码: "
      + "网站标识码、ICP备案编号、公安机关备案号、党政机关网站标识 on every page";
  /** RULES §3 "我为政府网站找错" (a deduction area whose value RULES leaves open). */
  public static final String RULE_ERROR_REPORT = "RULES §3 \"我为政府网站找错\" (国办秘函〔2019〕19号; 国办发〔2015〕15号 附件, value open): "
      + "the entry on the home page";
  /** RULES §3 搜索功能 and §6: the census deducts for a search that cannot find the site's own content. */
  public static final String RULE_SEARCH = "RULES §3 搜索功能, §6 (国办发〔2015〕15号 附件, value open): the site search finds the site's own pages";
  /** Not in RULES: 政府网站发展指引 (国办发〔2017〕47号) asks for HTTPS; reported as advice. */
  public static final String RULE_HTTPS = "not in RULES (advice; 政府网站发展指引 国办发〔2017〕47号): HTTPS served, HTTP redirects to HTTPS";
  /** Not in RULES: 政府网站发展指引 asks for IPv6; reported as advice. */
  public static final String RULE_IPV6 = "not in RULES (advice; 政府网站发展指引 国办发〔2017〕47号; 推进互联网协议第六版(IPv6)规模部署行动计划): "
      + "an AAAA record and an answer over IPv6";
  /** GB/T 37668-2019 and the 2020–2021 互联网应用适老化及无障碍改造专项行动; reported as advice. */
  public static final String RULE_ACCESSIBILITY = "GB/T 37668-2019 (WCAG 2.0 level AA); 互联网应用适老化及无障碍改造专项行动 (工信部 2020–2021): advice";
  /** RULES §3 服务不实用, a veto item. */
  public static final String RULE_SERVICE_GUIDE = "RULES §3 服务不实用 (国办秘函〔2019〕19号 单项否决): 办事指南 missing key elements "
      + "(事项名称、设定依据、申请条件、办理材料、办理地点、办理时间、联系电话、办理流程; list open)";
  /** RULES §3 forged dates, a veto item. */
  public static final String RULE_FORGED_DATES = "RULES §3 严重错误 (国办秘函〔2019〕19号 单项否决): forged dates — publication dates after the audit";

  /**
   * The key elements of a 办事指南 (RULES §3 服务不实用; the list is open): each entry is a name and
   * the synonyms guides use for it, separated by {@code |}.
   */
  public static final List<String> SERVICE_GUIDE_ELEMENTS = List.of("事项名称|服务事项|事项", "设定依据|法律依据|办理依据|受理依据|法定依据",
      "申请条件|受理条件|办理条件|申报条件", "办理材料|申请材料|申报材料|所需材料|提交材料|材料目录", "办理地点|受理地点|办公地点|办理窗口|窗口地址",
      "办理时间|受理时间|办公时间|工作时间", "联系电话|咨询电话|咨询方式|联系方式", "办理流程|办事流程|办理程序|受理流程");
  /** RULES §3 服务不实用: how many incomplete guides fail the site; the count is open, 1 is the strictest reading. */
  public static final int SERVICE_GUIDE_VETO_THRESHOLD = 1;
  /** How many guides of each service column are read (politeness, not a rule). */
  public static final int SERVICE_GUIDES_PER_COLUMN = 20;
  /** RULES §3 forged dates: one publication date after the audit fails the site. */
  public static final int FORGED_DATES_VETO_THRESHOLD = 1;
  /** GB/T 37668-2019 (WCAG 2.0 1.4.3) and the 适老化 campaign: contrast of normal text at least 4.5:1. */
  public static final double MIN_CONTRAST = 4.5;
  /** GB/T 37668-2019 (WCAG 2.0 1.4.3): large text (≥ 18 pt, or ≥ 14 pt bold) at least 3:1. */
  public static final double MIN_LARGE_TEXT_CONTRAST = 3.0;
  /** At most this many evidence lines per check; the JSON's accessibility section has every finding. */
  public static final int EVIDENCE_LINES = 50;
}
