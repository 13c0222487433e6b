package org.govsite.spring.boot.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/** How many submissions screening has blocked (拦截次数) since the start: the screening filter counts, the metrics read. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ScreeningBlocks implements Runnable {
  private final AtomicLong count = new AtomicLong();

  /** Creates a count at zero. */
  public ScreeningBlocks() {}

  /** Counts one blocked submission. */
  @Override
  public void run() {
    count.incrementAndGet();
  }

  /** Returns the count. */
  public long count() {
    return count.get();
  }
}
