package org.govsite.spring.boot.actuate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apiguardian.api.API;
import org.govsite.review.ReviewStage;
import org.govsite.review.ReviewWorkflow;
import org.govsite.review.StageStatistics;

/**
 * The review queue's metrics (审核队列): {@code govsite.review.waiting} (items waiting, tag
 * {@code stage}) and {@code govsite.review.decisions} (approvals and rejections, tag {@code stage}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReviewMetrics implements MeterBinder {
  private final ReviewWorkflow workflow;

  /** Creates the metrics over the workflow. */
  public ReviewMetrics(ReviewWorkflow workflow) {
    this.workflow = workflow;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (ReviewStage stage : workflow.stages().stages()) {
      String name = stage.name();
      Gauge.builder("govsite.review.waiting", workflow, w -> stat(w, name).waiting())
          .description("等待审核的稿件 / items waiting for the stage").tag("stage", name).register(registry);
      FunctionCounter.builder("govsite.review.decisions", workflow, w -> stat(w, name).decisions())
          .description("审核决定 / approvals and rejections of the stage").tag("stage", name).register(registry);
    }
  }

  private static StageStatistics stat(ReviewWorkflow w, String stage) {
    return w.statistics().stages().stream().filter(s -> s.stage().equals(stage)).findFirst()
        .orElse(new StageStatistics(stage, 0, 0, java.time.Duration.ZERO, java.time.Duration.ZERO));
  }
}
