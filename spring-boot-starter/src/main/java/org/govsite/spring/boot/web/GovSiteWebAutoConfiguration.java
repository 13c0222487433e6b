package org.govsite.spring.boot.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Clock;
import org.apiguardian.api.API;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.govsite.core.screening.Screener;
import org.govsite.core.web.ErrorMappingFeature;
import org.govsite.core.web.GovSiteJsonResolver;
import org.govsite.disclosure.Catalogue;
import org.govsite.disclosure.CatalogueResource;
import org.govsite.disclosure.RequestResource;
import org.govsite.disclosure.RequestStore;
import org.govsite.disclosure.RequestTracker;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.MailboxResource;
import org.govsite.search.SiteSearch;
import org.govsite.search.web.SearchResource;
import org.govsite.spring.boot.GovSiteAutoConfiguration;
import org.govsite.spring.boot.GovSiteJdbcAutoConfiguration;
import org.govsite.spring.boot.GovSiteProperties;
import org.govsite.spring.boot.GovSiteSearchAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jersey.autoconfigure.JerseyAutoConfiguration;
import org.springframework.boot.jersey.autoconfigure.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * GovSite's REST API on Spring Boot (接口): the modules' own JAX-RS resources on Jersey — the same
 * paths, JSON bodies and error model as the portal — with GovSite's one JSON configuration and
 * core's error mapping, and the screening filter in front of them.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AutoConfiguration(before = JerseyAutoConfiguration.class,
    after = {GovSiteAutoConfiguration.class, GovSiteJdbcAutoConfiguration.class, GovSiteSearchAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ResourceConfig.class, JerseyAutoConfiguration.class})
public class GovSiteWebAutoConfiguration {
  /**
   * Jersey picks the first context resolver that answers: GovSite's goes before the one Boot adds
   * for its own Jackson 2 mapper, which would accept unknown properties and write dates its way.
   */
  private static final int BEFORE_BOOTS_RESOLVER = 1;

  /** Creates the configuration (Spring calls this). */
  public GovSiteWebAutoConfiguration() {}

  /** The Jersey application at {@code /api}, when the application has none. */
  @Bean
  @ConditionalOnMissingBean(ResourceConfig.class)
  @ConditionalOnBooleanProperty(name = "govsite.api.enabled", matchIfMissing = true)
  public GovSiteResourceConfig govSiteResourceConfig() {
    return new GovSiteResourceConfig();
  }

  /** Registers the resources of the beans there are, GovSite's JSON configuration and core's error mapping. */
  @Bean
  @ConditionalOnBooleanProperty(name = "govsite.api.enabled", matchIfMissing = true)
  public ResourceConfigCustomizer govSiteResources(GovSiteProperties properties, ObjectProvider<Mailbox> mailbox,
      ObjectProvider<Catalogue> catalogue, ObjectProvider<RequestStore> requests, ObjectProvider<RequestTracker> tracker,
      ObjectProvider<SiteSearch> search) {
    return config -> {
      Clock clock = Clock.system(properties.getZone());
      mailbox.ifAvailable(m -> config.register(new MailboxResource(m, clock)));
      catalogue.ifAvailable(c -> config.register(new CatalogueResource(c)));
      requests.ifAvailable(r -> tracker.ifAvailable(t -> config.register(new RequestResource(r, t, clock))));
      search.ifAvailable(s -> config.register(new SearchResource(s)));
      // Jackson's own exception mappers answer text/plain naming Java types: core's feature answers instead.
      config.register(JacksonFeature.withoutExceptionMappers());
      config.register(new ErrorMappingFeature());
      config.register(GovSiteJsonResolver.class, BEFORE_BOOTS_RESOLVER);
    };
  }

  /** The count of blocked submissions the filter keeps. */
  @Bean
  @ConditionalOnMissingBean
  public ScreeningBlocks govSiteScreeningBlocks() {
    return new ScreeningBlocks();
  }

  /** The screening filter on {@code govsite.screening.url-patterns}, for form and JSON bodies. */
  @Bean
  @ConditionalOnBean(Screener.class)
  @ConditionalOnBooleanProperty(name = "govsite.screening.filter-enabled", matchIfMissing = true)
  @ConditionalOnMissingBean(name = "govSiteScreeningFilter")
  public FilterRegistrationBean<BodyScreeningFilter> govSiteScreeningFilter(Screener screener, GovSiteProperties properties,
      ScreeningBlocks blocks) {
    GovSiteProperties.Screening s = properties.getScreening();
    FilterRegistrationBean<BodyScreeningFilter> r =
        new FilterRegistrationBean<>(new BodyScreeningFilter(screener, s.getMaxBodyBytes(), blocks));
    r.setUrlPatterns(s.getUrlPatterns());
    r.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    r.setName("govSiteScreeningFilter");
    return r;
  }
}
