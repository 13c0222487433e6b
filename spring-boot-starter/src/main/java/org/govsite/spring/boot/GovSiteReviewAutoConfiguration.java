package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Clock;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.govsite.core.screening.Screener;
import org.govsite.review.PublicationListener;
import org.govsite.review.ReviewStages;
import org.govsite.review.ReviewStore;
import org.govsite.review.ReviewWorkflow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * The three-level review (三审), when govsite-review is on the class path: a JDBC review store on
 * the application's data source and the standard stages, with the screener's findings attached to
 * each item. Every {@link PublicationListener} bean is told of publications and withdrawals, in
 * their order.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AutoConfiguration(after = {GovSiteAutoConfiguration.class, GovSiteJdbcAutoConfiguration.class})
@ConditionalOnClass(ReviewWorkflow.class)
@ConditionalOnBooleanProperty(name = "govsite.review.enabled", matchIfMissing = true)
public class GovSiteReviewAutoConfiguration {
  /** Creates the configuration (Spring calls this). */
  public GovSiteReviewAutoConfiguration() {}

  /** The JDBC review store; its tables are created or upgraded now. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnSingleCandidate(DataSource.class)
  public ReviewStore govSiteReviewStore(DataSource dataSource) {
    return ReviewStore.jdbc(dataSource);
  }

  /** The workflow; publications and withdrawals a crash interrupted are finished before it is handed out. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean({ReviewStore.class, Screener.class})
  public ReviewWorkflow govSiteReviewWorkflow(ReviewStore store, Screener screener, GovSiteProperties properties,
      ObjectProvider<PublicationListener> listeners) {
    ReviewWorkflow.Builder b = ReviewWorkflow.builder().store(store).stages(ReviewStages.standard()).screener(screener)
        .clock(Clock.system(properties.getZone()));
    listeners.orderedStream().forEach(b::listener);
    ReviewWorkflow workflow = b.build();
    workflow.resumeInterrupted();
    return workflow;
  }
}
