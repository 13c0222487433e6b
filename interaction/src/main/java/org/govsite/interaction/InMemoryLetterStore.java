package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/** A letter store in memory (内存存储), for tests and small sites; thread-safe, lost on restart. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemoryLetterStore implements LetterStore {
  private static final Comparator<Letter> BY_RECEIPT = Comparator.comparing(Letter::received).thenComparing(Letter::id);

  private final ConcurrentHashMap<String, Letter> letters = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryLetterStore() {}

  @Override
  public void insert(Letter letter) {
    Checks.notNull(letter, "letter");
    if (letters.putIfAbsent(letter.id(), letter) != null) {
      throw new ConcurrentUpdateException(letter.id(), 0, "a letter with this id exists");
    }
  }

  @Override
  public Optional<Letter> find(String id) {
    return Optional.ofNullable(letters.get(Checks.notNull(id, "id")));
  }

  @Override
  public void update(Letter next, long expectedVersion) {
    Checks.notNull(next, "letter");
    Checks.argument(next.version() > expectedVersion, "version", "新版本须大于原版本",
        "the next version must be above " + expectedVersion);
    // compute() runs atomically per key: the check and the swap cannot interleave with another writer.
    letters.compute(next.id(), (id, current) -> {
      if (current == null) {
        throw new LetterNotFoundException(id);
      }
      if (current.version() != expectedVersion) {
        throw new ConcurrentUpdateException(id, expectedVersion, "stored version is " + current.version());
      }
      if (next.history().size() < current.history().size()
          || !next.history().subList(0, current.history().size()).equals(current.history())) {
        throw new ConcurrentUpdateException(id, expectedVersion, "the history would be rewritten");
      }
      return next;
    });
  }

  @Override
  public List<Letter> byWriter(String writerKey, LocalDateTime since) {
    Checks.notNull(writerKey, "writerKey");
    Checks.notNull(since, "since");
    if (writerKey.isEmpty()) {
      return List.of();
    }
    return letters.values().stream().filter(l -> l.contact().writerKey().equals(writerKey) && !l.received().isBefore(since))
        .sorted(BY_RECEIPT).toList();
  }

  @Override
  public List<Letter> published(int offset, int limit) {
    Checks.argument(offset >= 0, "offset", "不能为负数", "offset must not be negative");
    Checks.argument(limit >= 0, "limit", "不能为负数", "limit must not be negative");
    return letters.values().stream().filter(Letter::visibleToPublic).sorted(BY_RECEIPT.reversed()).skip(offset).limit(limit).toList();
  }

  @Override
  public long countPublished() {
    return letters.values().stream().filter(Letter::visibleToPublic).count();
  }

  @Override
  public List<Letter> all() {
    return letters.values().stream().sorted(BY_RECEIPT).toList();
  }
}
