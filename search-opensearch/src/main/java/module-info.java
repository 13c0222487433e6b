/**
 * GovSite search on OpenSearch (OpenSearch 站内搜索): {@code OpenSearchBackend}, a {@code
 * SearchBackend} for {@code SiteSearch}; index settings and mappings for a stock OpenSearch 2.x node,
 * an index behind an alias that is rebuilt beside the live one and switched atomically, bulk
 * indexing with backpressure and retry, and clear errors when the node is down or too old.
 */
@SuppressWarnings("requires-automatic") // opensearch-java 3.3.0 names no module: its name comes from the jar
module org.govsite.search.opensearch {
  requires transitive org.govsite.core;
  requires transitive org.govsite.search;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  // The client's types appear in OpenSearchConnection.client() and IndexLayout.
  requires transitive opensearch.java;
  requires org.apache.httpcomponents.core5.httpcore5;
  requires org.apache.httpcomponents.client5.httpclient5;
  requires com.fasterxml.jackson.databind;
  requires jakarta.json;

  exports org.govsite.search.opensearch;
}
