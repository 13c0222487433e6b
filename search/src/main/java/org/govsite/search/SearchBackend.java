package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The engine behind {@link SiteSearch} (检索后端): Lucene embedded by default; an OpenSearch or
 * Elasticsearch backend for a site cluster implements the same interface without changing callers.
 *
 * <p>{@link SiteSearch} does what is independent of the engine (validation, synonyms, typo
 * correction, best bets, caching, popular queries); a backend stores, analyses and ranks.
 * Implementations must be thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface SearchBackend extends AutoCloseable {

  /** Adds a document or replaces the one with the same id; visible to the next search. */
  void upsert(SearchDocument document);

  /** Deletes a document by id; returns whether it existed. */
  boolean delete(String id);

  /** Deletes every document (the first step of a full rebuild). */
  void deleteAll();

  /** Makes every change so far durable: after it returns, a crash loses none of them. */
  void commit();

  /**
   * Commits and records with the commit a label of the data the whole index was just built from
   * ({@link SiteSearch#fingerprint}); any later change clears the label. A backend that cannot
   * store it just commits, and its index is then rebuilt at every start.
   */
  default void commit(String source) {
    commit();
  }

  /** Returns the label of the last {@link #commit(String)} if nothing changed since. */
  default Optional<String> source() {
    return Optional.empty();
  }

  /** Returns a number that changes whenever the visible content changes (for caches). */
  long generation();

  /**
   * Runs a request; {@code alternatives} are further phrasings of the text (plain-language
   * synonyms) that match as well as the text itself.
   */
  SearchResults search(SearchRequest request, List<String> alternatives);

  /**
   * Runs a request relaxed (放宽匹配): every document holding any of the query's terms matches,
   * strict matches ({@link #search}) first, then the others by how much of the query they hold.
   * {@link SiteSearch} asks for it when the strict query does not fill the page, so that a
   * resident's question never comes back empty when its words occur in the site (issue 20). A
   * 发文字号 is not relaxed. The default (a backend that cannot relax) returns the strict results.
   */
  default SearchResults searchRelaxed(SearchRequest request, List<String> alternatives) {
    return search(request, alternatives);
  }

  /** Returns how many documents match a text, with no filters. */
  long count(String text);

  /** Splits a text into the words the engine indexes (for word-by-word typo correction). */
  List<String> words(String text);

  /** Returns indexed words one character away from {@code word}, most frequent first. */
  List<String> similarWords(String word, int max);

  /** Returns titles that contain what was typed so far (联想), best first. */
  List<String> suggestTitles(String prefix, int max);

  /** Returns a stored document as a hit, for best bets (置顶). */
  Optional<SearchHit> get(String id);

  /** Returns the number of visible documents. */
  long size();

  /** Commits and releases the index. */
  @Override
  void close();
}
