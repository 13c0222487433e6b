package org.govsite.search.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.govsite.core.GovSiteException;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Result;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * The backend's changes to the live index, through the alias: documents are buffered and sent in
 * one bulk request per {@link #BATCH} (or before any read of this instance, so it reads its own
 * writes); a change becomes visible with a refresh, and only then is the {@link ChangeMarker}
 * bumped, so no instance caches a result under a token that is newer than what it could see.
 * Thread-safe: every method holds the instance's lock.
 */
final class OpenSearchWrites {
  /** Documents per bulk request. */
  static final int BATCH = 500;

  private final OpenSearchConnection connection;
  private final OpenSearchIndex index;
  private final ChangeMarker marker;
  /** The key of this backend's labels in the marker: its site, or {@link ChangeMarker#ALL_SITES}. */
  private final String labelKey;
  private final List<OpenSearchDocument> pending = new ArrayList<>();
  /** Sent but not yet refreshed (not visible to searches yet). */
  private boolean unrefreshed;
  private boolean aliasChecked;

  OpenSearchWrites(OpenSearchConnection connection, OpenSearchIndex index, ChangeMarker marker, String labelKey) {
    this.connection = connection;
    this.index = index;
    this.marker = marker;
    this.labelKey = labelKey;
  }

  synchronized void upsert(OpenSearchDocument document) {
    ensureAlias();
    pending.add(document);
    if (pending.size() >= BATCH) {
      send();
    }
  }

  /** Deletes by OpenSearch id; returns whether it existed. */
  synchronized boolean delete(String documentId) {
    ensureAlias();
    send();
    try {
      Result result = connection.client().delete(d -> d.index(index.alias()).id(documentId)).result();
      boolean existed = result == Result.Deleted;
      unrefreshed |= existed;
      return existed;
    } catch (OpenSearchException e) {
      if (e.status() == 404) {
        return false;
      }
      throw OpenSearchCalls.rejected(connection.url(), "delete " + documentId + " from " + index.alias(), e);
    } catch (IOException e) {
      throw OpenSearchCalls.unavailable(connection.url(), e);
    }
  }

  /** Deletes an id in every site; returns whether any document had it. */
  synchronized boolean deleteEverywhere(String id) {
    ensureAlias();
    send();
    Long answered = OpenSearchCalls.call(connection.url(), "delete " + id + " from " + index.alias(), () -> connection.client()
        .deleteByQuery(d -> d.index(index.alias()).refresh(org.opensearch.client.opensearch._types.Refresh.True)
            .query(q -> q.term(t -> t.field(IndexLayout.ID).value(org.opensearch.client.opensearch._types.FieldValue.of(id))))))
        .deleted();
    long deleted = answered == null ? 0 : answered;
    if (deleted > 0) {
      // delete-by-query refreshed the index: only the marker is left to move
      unrefreshed = true;
    }
    return deleted > 0;
  }

  /** Deletes every document of one site (a per-site rebuild starts with it); the other sites' stay. */
  synchronized void deleteSite(String site) {
    ensureAlias();
    send();
    OpenSearchCalls.call(connection.url(), "delete the documents of site " + site + " from " + index.alias(), () -> connection.client()
        .deleteByQuery(d -> d.index(index.alias()).refresh(org.opensearch.client.opensearch._types.Refresh.True).conflicts(
                org.opensearch.client.opensearch._types.Conflicts.Proceed)
            .query(q -> q.term(t -> t.field(IndexLayout.SITE).value(org.opensearch.client.opensearch._types.FieldValue.of(site))))));
    unrefreshed = true;
  }

  /** Sends what is buffered and makes every change of this instance visible, then records the change. */
  synchronized void publish() {
    send();
    if (unrefreshed) {
      index.refresh();
      unrefreshed = false;
      marker.changed(labelKey);
    }
  }

  /** Like {@link #publish()}, and labels this backend's content with the data it was built from (always records a change). */
  synchronized void publish(String source) {
    send();
    if (unrefreshed) {
      index.refresh();
      unrefreshed = false;
    }
    marker.bump(labelKey, source);
  }

  /** Whether this instance has changes not yet visible. */
  synchronized boolean hasUnpublished() {
    return unrefreshed || !pending.isEmpty();
  }

  private void ensureAlias() {
    if (!aliasChecked) {
      index.createIfMissing();
      aliasChecked = true;
    }
  }

  private void send() {
    if (pending.isEmpty()) {
      return;
    }
    List<BulkOperation> operations = new ArrayList<>(pending.size());
    for (OpenSearchDocument d : pending) {
      operations.add(BulkOperation.of(o -> o.index(i -> i.id(d.documentId()).document(d.source()))));
    }
    BulkResponse response = OpenSearchCalls.call(connection.url(), "index a batch into " + index.alias(),
        () -> connection.client().bulk(b -> b.index(index.alias()).operations(operations)));
    List<OpenSearchDocument> sent = List.copyOf(pending);
    pending.clear();
    unrefreshed = true;
    if (response.errors()) {
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        var error = items.get(i).error();
        if (error != null) {
          throw new GovSiteException(OpenSearchErrorCode.REQUEST_FAILED, "OpenSearch 拒绝了文档 / the OpenSearch node at " + connection.url()
              + " refused document " + sent.get(i).documentId() + " (HTTP " + items.get(i).status() + "): " + OpenSearchCalls.reason(error));
        }
      }
    }
  }
}
