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
 * source holds a random stamp (and, per site, the label of the data that site was last built from:
 * {@code sources}), so the pair changes whenever the content does, also after the
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

  /** The key of {@link #sources} that labels a whole-alias build (a backend without a site). */
  static final String ALL_SITES = "*";

  /**
   * Records a change of one site's documents (or, {@link #ALL_SITES}, of a backend without a site):
   * any instance's next {@link #token()} differs from every earlier one, and that site's {@link
   * #source} label is cleared (the content is no longer exactly what it was built from). Its
   * {@link #built} label stays: writes that go to a database and to the index together keep the two
   * in step, so a restart need not rebuild.
   */
  void changed(String site) {
    update(Map.of("stamp", UUID.randomUUID().toString(), "sources", Map.of(site, "")));
  }

  /**
   * Records a change and the label of the data one site's documents were built from (a site of a
   * shared index, or {@link #ALL_SITES}), as both its {@link #source} and its {@link #built} label;
   * every other site keeps its own.
   */
  void bump(String site, String source) {
    update(Map.of("stamp", UUID.randomUUID().toString(), "sources", Map.of(site, source), "builds", Map.of(site, source)));
  }

  /** Records a change that replaced the whole content (a new index behind the alias): every label is dropped. */
  void reset() {
    ensureCreated();
    Map<String, Object> marker = Map.of("stamp", UUID.randomUUID().toString(), "sources", Map.of(), "builds", Map.of());
    OpenSearchCalls.call(connection.url(), "write the change marker " + index,
        () -> connection.client().index(i -> i.index(index).id(ID).document(marker)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void update(Map<String, Object> fields) {
    ensureCreated();
    // a partial update merges objects, so one site's label does not touch another's; concurrent
    // writers of other instances may update it at the same moment: retry the version conflict
    OpenSearchCalls.call(connection.url(), "write the change marker " + index, () -> connection.client()
        .update(u -> u.index(index).id(ID).doc(fields).docAsUpsert(true).retryOnConflict(10), Map.class));
  }

  private void ensureCreated() {
    if (!created) {
      // made explicitly, not by auto-creation: one shard, no replica, no mapping to grow
      create();
      created = true;
    }
  }

  /** Returns a token that changes with every change recorded; {@code "0"} when there was none yet. */
  String token() {
    return read().token();
  }

  /** Returns the source label one site's documents (or {@link #ALL_SITES}) were last built from, when recorded. */
  Optional<String> source(String site) {
    return Optional.ofNullable(read().sources().get(site));
  }

  /** Returns the label of the last complete build of one site (or {@link #ALL_SITES}), kept across ordinary changes. */
  Optional<String> built(String site) {
    return Optional.ofNullable(read().builds().get(site));
  }

  private record State(String token, Map<String, String> sources, Map<String, String> builds) {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private State read() {
    GetResponse<Map> got;
    try {
      got = connection.client().get(g -> g.index(index).id(ID), Map.class);
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return new State("0", Map.of(), Map.of());
      }
      throw OpenSearchCalls.rejected(connection.url(), "read the change marker " + index, e);
    } catch (IOException e) {
      throw OpenSearchCalls.unavailable(connection.url(), e);
    }
    if (!got.found()) {
      return new State("0", Map.of(), Map.of());
    }
    Map<?, ?> marker = got.source();
    Object stamp = marker == null ? null : marker.get("stamp");
    return new State(got.version() + ":" + stamp, labels(marker, "sources"), labels(marker, "builds"));
  }

  private static Map<String, String> labels(Map<?, ?> marker, String field) {
    Map<String, String> labels = new java.util.HashMap<>();
    if (marker != null && marker.get(field) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        if (v instanceof String label && !label.isEmpty()) {
          labels.put(String.valueOf(k), label);
        }
      });
    }
    return labels;
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
