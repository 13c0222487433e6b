package org.govsite.benchmarks;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.govsite.core.screening.ScreeningResult;
import org.govsite.core.screening.Screener;
import org.govsite.review.Actor;
import org.govsite.review.Draft;
import org.govsite.review.ItemKind;
import org.govsite.review.JdbcReviewStore;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewStages;
import org.govsite.review.ReviewStore;
import org.govsite.review.ReviewWorkflow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One item through the three-level review (三审): submit and three approvals, each screened and
 * written with its history entry, on the in-memory store and on the JDBC store over embedded H2.
 * The baseline is the screening alone (title and body, four times: what the workflow screens), so
 * the difference is the workflow's checks and the store's writes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ReviewBenchmark {
  @Param({"memory", "h2"})
  String store;

  private static final Actor AUTHOR = Actor.of("王编辑", "editor");
  private static final Actor REVIEWER = Actor.of("李科长", ReviewStages.REVIEWER);
  private static final Actor APPROVER = Actor.of("张主任", ReviewStages.APPROVER);
  private static final Actor SECRECY = Actor.of("赵保密员", ReviewStages.SECRECY);
  private static final String TITLE = "县政府召开春耕生产工作会议";
  /** About 1,200 characters, a typical column article. */
  private static final String BODY = "会议听取了各乡镇春耕备耕工作情况汇报，研究部署了下一阶段农业生产重点工作。".repeat(32);

  private Screener screener;
  private ReviewWorkflow workflow;
  private long n;

  @Setup(Level.Trial)
  public void setUp() {
    screener = Screener.standard();
    ReviewStore s = store.equals("h2")
        ? JdbcReviewStore.builder().url("jdbc:h2:mem:review-bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "").build()
        : ReviewStore.inMemory();
    workflow = ReviewWorkflow.builder().store(s).screener(screener).build();
  }

  @Benchmark
  public ReviewItem submitAndThreeApprovals() {
    ReviewItem item = workflow.submit(AUTHOR, Draft.of(ItemKind.ARTICLE, "/xwzx/" + n++ + ".html", "xwzx", TITLE, BODY));
    item = workflow.approve(REVIEWER, item.id(), item.version(), "同意");
    item = workflow.approve(APPROVER, item.id(), item.version(), "同意");
    return workflow.approve(SECRECY, item.id(), item.version(), "不涉密");
  }

  @Benchmark
  public void screeningAloneFourTimes(Blackhole bh) {
    for (int i = 0; i < 4; i++) {
      ScreeningResult t = screener.screen(TITLE);
      ScreeningResult b = screener.screen(BODY);
      bh.consume(t);
      bh.consume(b);
    }
  }
}
