package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The engine behind {@link SiteSearch} (检索后端): Lucene embedded by default; an OpenSearch or
 * Elasticsearch backend for a site cluster implements the same interface without changing callers.
 *
 * <p>{@link SiteSearch} does what is independent of the engine (validation, synonyms, typo
 * correction, best bets, the decision to relax a query, highlight HTML, caching, popular
 * queries); a backend stores, analyses, ranks and counts, and returns data, never markup. Every
 * backend indexes the same fields ({@link IndexedFields#of}) and reads a query the same way
 * ({@link QueryPlan#of}), so only the translation into the engine's own terms differs.
 * {@code SearchBackendContract} in govsite-testing is the conformance suite. Implementations must
 * be thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface SearchBackend extends AutoCloseable {

  /** Adds a document or replaces the one with the same id; visible to the next search. */
  void upsert(SearchDocument document);

  /** Deletes a document by id; returns whether it existed. */
  boolean delete(String id);

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

  /** Returns the label of the last {@link #commit(String)} or {@link Rebuild#publish(String)} if nothing changed since. */
  default Optional<String> source() {
    return Optional.empty();
  }

  /**
   * Returns a token that changes whenever the content searches see changes, whoever changed it:
   * this instance, another process or another node of a cluster, or a rebuild that switched the
   * index. Equal tokens mean the same visible content, so {@link SiteSearch} caches results by it.
   */
  String changeToken();

  /**
   * Starts a rebuild (重建) beside the live index: searches keep seeing the old content until
   * {@link Rebuild#publish()} switches to the new one at once (an alias in OpenSearch, a new
   * directory in Lucene); closing it unpublished abandons it and leaves the old index as it was.
   * Changes made to the live index meanwhile are not carried over.
   */
  Rebuild rebuild();

  /** Runs a query and returns one page of it, with the total and the facet counts. */
  BackendPage search(BackendQuery query);

  /** Returns how many documents match a text (strict, no alternatives, no filters). */
  long count(String text);

  /** Splits a text into the words the engine indexes (for word-by-word typo correction). */
  List<String> words(String text);

  /**
   * Typo correction's candidates (纠错候选) for several words in one call: for each word that
   * finds nothing on its own ({@link #count} is 0), indexed words one character away, most
   * frequent first, at most {@code maxPerWord}; a word that finds something, or shorter than two
   * characters, maps to an empty list.
   */
  Map<String, List<String>> similarWords(List<String> words, int maxPerWord);

  /** Returns titles that contain what was typed so far (联想), best first. */
  List<String> suggestTitles(String prefix, int max);

  /** Returns a document's stored fields (for best bets, which {@link SiteSearch} pins itself). */
  Optional<StoredDocument> get(String id);

  /** Returns the number of visible documents. */
  long size();

  /** Commits and releases the index; an unpublished rebuild is abandoned. */
  @Override
  void close();

  /**
   * A rebuild in progress (重建中): documents are added to a new index beside the live one, which
   * searches keep using until {@link #publish}.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  interface Rebuild extends AutoCloseable {

    /** Adds a document to the new index. */
    void add(SearchDocument document);

    /** Commits the new index and makes it the one searches see; the old one is then deleted. */
    void publish();

    /** Like {@link #publish()}, recording the label of the data it was built from ({@link SearchBackend#source()}). */
    void publish(String source);

    /** Abandons the new index unless it was published; the live index is untouched. */
    @Override
    void close();
  }
}
