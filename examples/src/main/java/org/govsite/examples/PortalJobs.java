package org.govsite.examples;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.govsite.review.ReviewItem;

/**
 * The portal's background jobs (后台任务), on one daemon thread:
 * <ul>
 *   <li>every {@link #CATCH_UP} seconds, apply the search changes other instances made ({@link
 *       SearchSync}; a search request does it too, before it is answered);
 *   <li>every minute, finish the claims an instance that died left ({@link
 *       org.govsite.review.ReviewWorkflow#resumeInterrupted()}, free once their lease expired), on one
 *       instance at a time ({@link PortalLocks#ifFree});
 *   <li>every five minutes, on one instance at a time, delete what no longer counts: throttle counters
 *       whose window and lock are over, search changes older than a day.
 * </ul>
 * A job that fails prints one line and runs again next time: the scheduler never stops.
 */
final class PortalJobs implements AutoCloseable {
  static final long CATCH_UP = 2;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "govsite-portal-jobs");
    t.setDaemon(true);
    return t;
  });

  PortalJobs(PortalContext ctx, DataSource pool, SearchChanges changes) {
    every(CATCH_UP, "search catch-up", () -> ctx.searchSync.catchUp());
    every(60, "review resumption", () -> ctx.locks.ifFree("review-resume", () -> {
      List<ReviewItem> done = ctx.review.resumeInterrupted();
      if (!done.isEmpty()) {
        System.out.printf("完成中断的发布或撤稿 / finished interrupted publications and withdrawals: %s%n",
            done.stream().map(i -> i.id() + " " + i.state().code()).toList());
      }
    }));
    every(300, "purge", () -> ctx.locks.ifFree("purge", () -> {
      SharedLimiter.purge(pool, Throttles.LONGEST_KEEP);
      changes.purge(Duration.ofDays(1));
    }));
  }

  private void every(long seconds, String what, Runnable job) {
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        job.run();
      } catch (RuntimeException e) {
        System.err.println("后台任务失败 / the " + what + " job failed: " + e.getMessage());
      }
    }, seconds, seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
