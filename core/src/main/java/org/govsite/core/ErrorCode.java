package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * A stable, machine-readable error code (错误代码) with its category.
 *
 * <p>Each module lists its codes in its own enum ({@link CoreErrorCode}, and e.g. the mailbox's and
 * the disclosure module's), which implements this interface: an enum constant's {@code name()} is
 * the stable string that JSON error bodies carry as {@code code}, and its category decides the
 * HTTP status and CLI exit code. Compare codes by identity ({@code e.code() ==
 * CoreErrorCode.DATA_FORMAT}), never by their text.
 */
@API(status = MAINTAINED, since = "0.1")
public interface ErrorCode {
  /** Returns the stable name, e.g. {@code INVALID_INPUT}: upper-case letters, digits and underscores. */
  String name();

  /** Returns the kind of failure this code stands for. */
  ErrorCategory category();
}
