package org.govsite.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Malformed data in a file or stream (数据格式错误): names the source, the line and the field at fault;
 * code {@link CoreErrorCode#DATA_FORMAT}.
 */
@API(status = MAINTAINED, since = "0.1")
public class DataFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /** Creates an exception for a fault at a line (or 0 when unknown) and field of a named source. */
  public DataFormatException(String source, int line, String field, String reason) {
    this(source, line, field, reason, null);
  }

  /** Creates an exception for a fault with its underlying cause, if any. */
  public DataFormatException(String source, int line, String field, String reason, @Nullable Throwable cause) {
    super(CoreErrorCode.DATA_FORMAT, field, reason, where(source, line, field) + ": " + reason, cause);
    this.source = source;
    this.line = line;
  }

  private static String where(String source, int line, String field) {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(" line ").append(line);
    }
    if (!field.isEmpty()) {
      b.append(" field ").append(field);
    }
    return b.toString();
  }

  /** Returns the name of the file or stream that held the bad data. */
  public String source() {
    return source;
  }

  /** Returns the 1-based line of the fault, when known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }
}
