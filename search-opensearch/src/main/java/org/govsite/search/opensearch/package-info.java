/**
 * GovSite search on an OpenSearch cluster (OpenSearch 站内搜索): {@link
 * org.govsite.search.opensearch.OpenSearchBackend} (the {@code SearchBackend} behind {@code
 * SiteSearch}), {@link org.govsite.search.opensearch.OpenSearchConnection} (a checked connection to
 * a node), {@link org.govsite.search.opensearch.OpenSearchIndex} (an index behind an alias, rebuilt
 * without an empty window), {@link org.govsite.search.opensearch.BulkIndexer} (batches,
 * backpressure, retry) and {@link org.govsite.search.opensearch.IndexLayout} (settings and mappings
 * a stock node accepts).
 */
@NullMarked
package org.govsite.search.opensearch;

import org.jspecify.annotations.NullMarked;
