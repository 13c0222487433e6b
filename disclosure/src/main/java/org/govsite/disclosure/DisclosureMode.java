package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How an item is disclosed (公开方式): proactively or on request. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DisclosureMode {
  /** 主动公开. */
  PROACTIVE("主动公开"),
  /** 依申请公开. */
  ON_REQUEST("依申请公开");

  private final String label;

  DisclosureMode(String label) {
    this.label = label;
  }

  /** Returns the Chinese label as catalogues show it. */
  public String label() {
    return label;
  }
}
