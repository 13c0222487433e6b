package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import org.apiguardian.api.API;
import org.govsite.search.SearchBackend;
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
 *
 * <p>The backend is built through its builder
 * ({@code OpenSearchBackend.builder().connection(…).indexName(…).site(…).build()}) looked up by name,
 * so that this starter works with a govsite-search-opensearch that predates the backend (it then
 * stays on embedded search).
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = GovSiteOpenSearchConfiguration.BACKEND)
@ConditionalOnProperty(name = "govsite.search.opensearch.url")
public class GovSiteOpenSearchConfiguration {
  /** The backend's class in govsite-search-opensearch. */
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
    try {
      Class<?> type = Class.forName(BACKEND, true, GovSiteOpenSearchConfiguration.class.getClassLoader());
      Object b = type.getMethod("builder").invoke(null);
      b = b.getClass().getMethod("connection", OpenSearchConnection.class).invoke(b, connection);
      b = Settings.build("govsite.search.opensearch.index-name", o.getIndexName(), call(b, "indexName", o.getIndexName()));
      b = Settings.build("govsite.search.opensearch.site", o.getSite(), call(b, "site", o.getSite()));
      return (SearchBackend) b.getClass().getMethod("build").invoke(b);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("OpenSearchBackend 的构建器与本版本不符 / OpenSearchBackend's builder does not match: " + e, e);
    }
  }

  private static java.util.function.Supplier<Object> call(Object builder, String method, String value) {
    return () -> {
      try {
        return builder.getClass().getMethod(method, String.class).invoke(builder, value);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(method + ": " + e, e);
      }
    };
  }
}
