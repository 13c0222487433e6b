package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Whether a catalogue entry is still in force (有效性): 有效, 失效 or 废止. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Validity {
  /** 有效: in force. */
  VALID("有效"),
  /** 失效: lapsed, e.g. its period ended. */
  EXPIRED("失效"),
  /** 废止: repealed by a decision. */
  REPEALED("废止");

  private final String label;

  Validity(String label) {
    this.label = label;
  }

  /** Returns the Chinese label as catalogues show it. */
  public String label() {
    return label;
  }
}
