package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A check of the census beyond the veto items (检查项): identifiers, 找错 entry, search, HTTPS, IPv6, accessibility, guides, dates. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum CheckCode {
  /** 网站标识: 网站标识码, ICP备案编号, 公安机关备案号 and 党政机关网站标识 on every page. */
  SITE_IDENTIFIERS("网站标识"),
  /** 我为政府网站找错: the entry on the home page. */
  ERROR_REPORT_ENTRY("我为政府网站找错"),
  /** 搜索功能: a title of the home page, searched, finds its page. */
  SEARCH_WORKS("搜索功能"),
  /** HTTPS: served, and HTTP redirects to it. */
  HTTPS("HTTPS"),
  /** IPv6: an AAAA record and an answer over IPv6. */
  IPV6("IPv6"),
  /** 无障碍及适老化: GB/T 37668-2019 rules that can be checked in the markup. */
  ACCESSIBILITY("无障碍及适老化"),
  /** 服务不实用: 办事指南 missing key elements. */
  SERVICE_GUIDE("服务不实用"),
  /** 日期造假: publication dates after the audit. */
  FORGED_DATES("日期造假");

  private final String chinese;

  CheckCode(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, e.g. 服务不实用. */
  public String chinese() {
    return chinese;
  }
}
