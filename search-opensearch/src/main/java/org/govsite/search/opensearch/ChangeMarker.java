package org.govsite.search.opensearch;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.GetResponse;

/**
 * When an alias's content last changed, on the cluster (变更标记): one small document in an index of
 * its own ({@code <alias>.changes}, one shard, no replica), written again after every batch of
 * changes that became visible, by any instance. Its {@code _version} goes up with each write and its
 * source holds a random stamp, so the pair changes whenever the content does, also after the
 * marker index was deleted and made again (versions start over, stamps do not).
 *
 * <p>Reading it is one realtime GET by id: no search, no refresh, answered from the shard's
 * translog or last segment (well under a millisecond on the node, plus one HTTP round trip).
 */
final class ChangeMarker {
  static final String SUFFIX = ".changes";
  private static final String ID = "changes";

  private final OpenSearchConnection connection;
  private final String index;
  private volatile boolean created;

  ChangeMarker(OpenSearchConnection connection, String index) {
    this.connection = connection;
    this.index = index;
  }

  /** Records a change: any instance's next {@link #token()} differs from every earlier one. */
  void bump() {
    bump("");
  }

  /** Records a change and the label of the data the whole index was built from ({@code ""}: none). */
  void bump(String source) {
    if (!created) {
      // made explicitly, not by auto-creation: one shard, no replica, no mapping to grow
      create();
      created = true;
    }
    Map<String, Object> marker = Map.of("stamp", UUID.randomUUID().toString(), "source", source);
    OpenSearchCalls.call(connection.url(), "write the change marker " + index,
        () -> connection.client().index(i -> i.index(index).id(ID).document(marker)));
  }

  /** Returns a token that changes with every {@link #bump()}; {@code "0"} when there was none yet. */
  String token() {
    return read().token();
  }

  /** Returns the source label of the last bump, when it had one. */
  Optional<String> source() {
    return read().source();
  }

  private record State(String token, Optional<String> source) {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private State read() {
    GetResponse<Map> got;
    try {
      got = connection.client().get(g -> g.index(index).id(ID), Map.class);
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return new State("0", Optional.empty());
      }
      throw OpenSearchCalls.rejected(connection.url(), "read the change marker " + index, e);
    } catch (IOException e) {
      throw OpenSearchCalls.unavailable(connection.url(), e);
    }
    if (!got.found()) {
      return new State("0", Optional.empty());
    }
    Map<?, ?> marker = got.source();
    Object stamp = marker == null ? null : marker.get("stamp");
    Object source = marker == null ? null : marker.get("source");
    return new State(got.version() + ":" + stamp,
        source instanceof String s && !s.isEmpty() ? Optional.of(s) : Optional.empty());
  }

  void delete() {
    try {
      connection.client().indices().delete(d -> d.index(index));
    } catch (OpenSearchException e) {
      if (e.status() != 404) {
        throw OpenSearchCalls.rejected(connection.url(), "delete the change marker " + index, e);
      }
    } catch (IOException e) {
      throw OpenSearchCalls.unavailable(connection.url(), e);
    }
  }

  private void create() {
    try {
      connection.client().indices().create(c -> c.index(index)
          .settings(s -> s.numberOfShards(1).numberOfReplicas(0))
          .mappings(m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.False)));
    } catch (OpenSearchException e) {
      // another instance made it first: fine
      if (!"resource_already_exists_exception".equals(e.error().type())) {
        throw OpenSearchCalls.rejected(connection.url(), "create the change marker " + index, e);
      }
    } catch (IOException e) {
      throw OpenSearchCalls.unavailable(connection.url(), e);
    }
  }
}
