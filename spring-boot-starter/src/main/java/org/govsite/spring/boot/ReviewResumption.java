package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.govsite.review.ReviewWorkflow;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * Finishes interrupted publications (续完中断的发布) periodically: {@link ReviewWorkflow#resumeInterrupted()}
 * on a daemon thread every interval while the context runs. A claim whose owner crashed is held
 * by its lease until the lease runs out; only a later run can then finish it, so once at start is
 * not enough. A failed run is reported on standard error and retried at the next interval.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReviewResumption implements SmartLifecycle {
  private final ReviewWorkflow workflow;
  private final Duration interval;
  private @Nullable ScheduledExecutorService timer;

  /**
   * Creates the task (started with the context).
   *
   * @param workflow the workflow
   * @param interval the time between runs, positive
   */
  public ReviewResumption(ReviewWorkflow workflow, Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval 须为正 / must be positive: " + interval);
    }
    this.workflow = workflow;
    this.interval = interval;
  }

  /** Runs one resumption now; returns how many claims it finished, or -1 when it failed. */
  public int runOnce() {
    try {
      return workflow.resumeInterrupted().size();
    } catch (RuntimeException e) {
      System.err.println("续完中断的发布失败 / resuming interrupted publications failed: " + e);
      return -1;
    }
  }

  @Override
  public synchronized void start() {
    if (timer != null) {
      return;
    }
    ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "govsite-review-resume");
      thread.setDaemon(true);
      return thread;
    });
    long ms = interval.toMillis();
    t.scheduleWithFixedDelay(this::runOnce, ms, ms, TimeUnit.MILLISECONDS);
    timer = t;
  }

  @Override
  public synchronized void stop() {
    ScheduledExecutorService t = timer;
    if (t != null) {
      t.shutdownNow();
      timer = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return timer != null;
  }
}
