package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import org.apiguardian.api.API;
import org.govsite.search.SearchBackend;
import org.govsite.search.opensearch.OpenSearchBackend;
import org.govsite.search.opensearch.OpenSearchConnection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Site search on OpenSearch (OpenSearch 后端): when govsite-search-opensearch and its backend are on
 * the class path and {@code govsite.search.opensearch.url} is set, a connection to the node and a
 * {@link SearchBackend} on it, which the site search then uses instead of embedded Lucene.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = GovSiteOpenSearchConfiguration.BACKEND)
@ConditionalOnProperty(name = "govsite.search.opensearch.url")
public class GovSiteOpenSearchConfiguration {
  /** The backend's class in govsite-search-opensearch, an optional dependency of the starter. */
  static final String BACKEND = "org.govsite.search.opensearch.OpenSearchBackend";

  /** Creates the configuration (Spring calls this). */
  public GovSiteOpenSearchConfiguration() {}

  /** The connection to {@code govsite.search.opensearch.url}; closed with the context. */
  @Bean
  @ConditionalOnMissingBean
  public OpenSearchConnection govSiteOpenSearchConnection(GovSiteProperties properties) {
    GovSiteProperties.OpenSearch o = properties.getSearch().getOpensearch();
    URI url = Settings.build("govsite.search.opensearch.url", o.getUrl(), () -> {
      URI u = o.getUrl();
      if (u == null || u.getHost() == null) {
        throw new IllegalArgumentException("须为 http(s)://主机:端口 / must be http(s)://host:port: " + u);
      }
      return u;
    });
    return OpenSearchConnection.builder(url).connectTimeout(o.getConnectTimeout()).connect();
  }

  /** The OpenSearch backend on the connection, for {@code govsite.search.opensearch.index-name} and {@code site}. */
  @Bean
  @ConditionalOnMissingBean
  public SearchBackend govSiteOpenSearchBackend(OpenSearchConnection connection, GovSiteProperties properties) {
    GovSiteProperties.OpenSearch o = properties.getSearch().getOpensearch();
    OpenSearchBackend.Builder b = OpenSearchBackend.builder().connection(connection);
    Settings.build("govsite.search.opensearch.index-name", o.getIndexName(), () -> b.indexName(o.getIndexName()));
    Settings.build("govsite.search.opensearch.site", o.getSite(), () -> b.site(o.getSite()));
    return b.build();
  }
}
