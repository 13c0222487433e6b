package org.govsite.search.opensearch;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.govsite.search.SearchBackend;
import org.govsite.testing.OpenSearchExtension;
import org.govsite.testing.SearchBackendContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link OpenSearchBackend} passes the search backend contract on the build's real node. */
class OpenSearchSearchBackendTest extends SearchBackendContract {
  @RegisterExtension
  static final OpenSearchExtension NODE = OpenSearchExtension.node();

  private static OpenSearchConnection connection;
  private static final List<String> ALIASES = new ArrayList<>();
  private final Map<SearchBackend, String> names = new IdentityHashMap<>();

  @BeforeAll
  static void connect() {
    connection = NodeTestSupport.connect(NODE.url());
  }

  @AfterAll
  static void dropIndices() {
    synchronized (ALIASES) {
      ALIASES.forEach(a -> OpenSearchIndex.builder(connection, a).build().delete());
    }
    connection.close();
  }

  @Override
  protected SearchBackend newBackend() {
    String alias = NodeTestSupport.freshAlias("contract");
    synchronized (ALIASES) {
      ALIASES.add(alias);
    }
    SearchBackend b = OpenSearchBackend.builder().connection(connection).indexName(alias).build();
    names.put(b, alias);
    return b;
  }

  /** Another instance's view: a second backend on the same alias (as another portal would open it). */
  @Override
  protected SearchBackend sameIndex(SearchBackend backend) {
    return OpenSearchBackend.builder().connection(connection).indexName(names.get(backend)).build();
  }
}
