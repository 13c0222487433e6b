/**
 * A local OpenSearch node (本地 OpenSearch 节点) for GovSite's tests and for users who want to try the
 * OpenSearch backend: {@link org.govsite.opensearch.node.OpenSearchNode} starts one single-node
 * cluster in its own JVM, because OpenSearch bundles a Lucene that differs from GovSite's.
 */
@NullMarked
package org.govsite.opensearch.node;

import org.jspecify.annotations.NullMarked;
