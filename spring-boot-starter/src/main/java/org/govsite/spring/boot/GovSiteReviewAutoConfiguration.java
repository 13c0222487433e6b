package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
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
import org.springframework.core.env.Environment;

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

  /**
   * The workflow, its claims held under {@code govsite.review.owner}; publications and withdrawals
   * a crash interrupted are finished before it is handed out, and again every minute
   * ({@link ReviewResumption}), so a claim whose lease ran out while this instance was down is
   * finished without waiting for the next restart.
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean({ReviewStore.class, Screener.class})
  public ReviewWorkflow govSiteReviewWorkflow(ReviewStore store, Screener screener, GovSiteProperties properties,
      ObjectProvider<PublicationListener> listeners, Environment environment) {
    ReviewWorkflow.Builder b = ReviewWorkflow.builder().store(store).stages(ReviewStages.standard()).screener(screener)
        .clock(Clock.system(properties.getZone())).owner(owner(properties, environment));
    listeners.orderedStream().forEach(b::listener);
    ReviewWorkflow workflow = b.build();
    workflow.resumeInterrupted();
    return workflow;
  }

  /** Finishes interrupted publications every minute; stopped with the context. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(ReviewWorkflow.class)
  public ReviewResumption govSiteReviewResumption(ReviewWorkflow workflow) {
    return new ReviewResumption(workflow, Duration.ofMinutes(1));
  }

  /** {@code govsite.review.owner}, or the host name with the application's name or port: the same after a restart. */
  static String owner(GovSiteProperties properties, Environment environment) {
    String set = properties.getReview().getOwner();
    if (set != null) {
      return set;
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    String app = environment.getProperty("spring.application.name", "");
    String port = environment.getProperty("server.port", "8080");
    String name = host + ":" + (app.isBlank() ? port : app + ":" + port);
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
