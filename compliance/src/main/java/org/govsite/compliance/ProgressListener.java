package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.PrintWriter;
import org.apiguardian.api.API;

/** Receives the audit's progress (检查进度), e.g. to draw it on a terminal. */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ProgressListener {
  /** Called after each page or link request: {@code done} of at most {@code limit} in the phase named {@code phase}. */
  void onProgress(String phase, int done, int limit, String url);

  /** Returns a listener that ignores progress. */
  static ProgressListener none() {
    return (phase, done, limit, url) -> { };
  }

  /** Returns a listener that redraws one line on a terminal (carriage return, no new line). */
  static ProgressListener terminal(PrintWriter out) {
    return (phase, done, limit, url) -> {
      int width = 20;
      int filled = limit <= 0 ? 0 : Math.min(width, done * width / limit);
      String shown = url.length() > 50 ? "…" + url.substring(url.length() - 49) : url;
      synchronized (out) {
        out.print("\r" + String.format("%-6s [%s%s] %d/%d %-50s", phase, "#".repeat(filled), " ".repeat(width - filled), done, limit, shown));
        out.flush();
      }
    };
  }
}
