package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where letters are kept (信件存储): in memory ({@link InMemoryLetterStore}) or in a database
 * ({@link JdbcLetterStore}). Implementations are thread-safe.
 *
 * <p>An update writes the letter and its new history entries together or not at all, and only
 * when the stored version is the one the caller read (optimistic locking).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface LetterStore {
  /**
   * Stores a new letter.
   *
   * @throws ConcurrentUpdateException when a letter with that id exists
   */
  void insert(Letter letter);

  /** Returns the letter with this id, with its full history. */
  Optional<Letter> find(String id);

  /**
   * Replaces a letter with its next version and appends the history entries after
   * {@code expectedVersion}, atomically.
   *
   * @throws ConcurrentUpdateException when the stored version is not {@code expectedVersion}
   * @throws LetterNotFoundException when there is no such letter
   */
  void update(Letter next, long expectedVersion);

  /** Returns the writer's letters received at or after {@code since}, oldest first. */
  List<Letter> byWriter(String writerKey, LocalDateTime since);

  /** Returns published letters, newest receipt first, skipping {@code offset}. */
  List<Letter> published(int offset, int limit);

  /** Returns the number of published letters. */
  long countPublished();

  /** Returns every letter (for reports and indexes), oldest receipt first. */
  List<Letter> all();
}
