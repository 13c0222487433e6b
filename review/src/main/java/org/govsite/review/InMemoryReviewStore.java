package org.govsite.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govsite.core.support.Checks;

/** A review store in memory; every method holds the store's lock, so a write is atomic. */
final class InMemoryReviewStore implements ReviewStore {
  private final Map<String, ReviewItem> items = new LinkedHashMap<>();
  private final Map<String, List<ReviewEvent>> histories = new LinkedHashMap<>();
  /** The lease of an item at a version: its owner and end. */
  private record Lease(long version, String owner, Instant until) {}
  private final Map<String, Lease> leases = new HashMap<>();

  @Override
  public synchronized ReviewItem add(ReviewItem item, ReviewEvent submitted) {
    StoreChecks.first(item, submitted);
    if (items.containsKey(item.id())) {
      throw StoreChecks.exists(item.id());
    }
    items.put(item.id(), item);
    histories.put(item.id(), new ArrayList<>(List.of(submitted)));
    return item;
  }

  @Override
  public synchronized ReviewItem update(ReviewItem next, ReviewEvent event) {
    StoreChecks.next(next, event);
    ReviewItem stored = items.get(next.id());
    if (stored == null) {
      throw StoreChecks.notFound(next.id());
    }
    if (stored.version() != next.version() - 1) {
      throw StoreChecks.changed(next.id());
    }
    items.put(next.id(), next);
    leases.remove(next.id());
    histories.computeIfAbsent(next.id(), k -> new ArrayList<>()).add(event);
    return next;
  }

  @Override
  public synchronized Optional<ReviewItem> find(String id) {
    return Optional.ofNullable(items.get(Checks.notNull(id, "id")));
  }

  @Override
  public synchronized List<ReviewEvent> history(String id) {
    return List.copyOf(histories.getOrDefault(Checks.notNull(id, "id"), List.of()));
  }

  @Override
  public synchronized List<ReviewItem> list(ReviewState state) {
    Checks.notNull(state, "state");
    return items.values().stream().filter(i -> i.state() == state).toList();
  }

  @Override
  public synchronized boolean lease(String id, long version, String owner, Instant now, Instant until) {
    StoreChecks.lease(id, owner, now, until);
    ReviewItem stored = items.get(id);
    if (stored == null || stored.version() != version) {
      return false;
    }
    Lease held = leases.get(id);
    if (held != null && held.version() == version && held.until().isAfter(now) && !held.owner().equals(owner)) {
      return false;
    }
    leases.put(id, new Lease(version, owner, until));
    return true;
  }

  @Override
  public synchronized List<ReviewEvent> events() {
    return histories.values().stream().flatMap(List::stream).toList();
  }
}
