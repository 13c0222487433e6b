package org.govsite.core.screening;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** How serious a finding is (严重程度), from least to most serious. */
@API(status = MAINTAINED, since = "0.1")
public enum Severity {
  /** Worth knowing, publishing may go on (提示). */
  INFO,
  /** A person must look before publishing (需人工审核). */
  REVIEW,
  /** Must not be published (禁止发布). */
  BLOCK;

  /** Returns the lower-case name used in files and JSON: {@code info}, {@code review}, {@code block}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code info}, {@code review} or {@code block} (any case), naming {@code field} when it fails. */
  public static Severity parse(String value, String field) {
    return Codes.byName(values(), value, field, "未知的严重程度 / unknown severity", Severity::id);
  }
}
