package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.screening.PersonalDataMasker;
import org.govsite.core.screening.PublicCopyMasker;
import org.govsite.core.support.Checks;
import org.govsite.search.internal.AnalysisMode;
import org.govsite.core.text.TextNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * Site search (站内搜索) for a government portal: indexing by id, queries with filters, facets,
 * highlights, pinyin, typo correction, plain-language synonyms, suggestions and best bets.
 *
 * <p>Thread-safe. Changes are visible to the next search (near-real-time) and durable once
 * {@link #commit()} returns (or the search is closed). Results are cached until the index changes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SiteSearch implements AutoCloseable {
  /** A query with fewer strict matches than this (or than its page reaches) is relaxed (issue 20). */
  static final int RELAX_BELOW = 10;

  /** The longest query accepted; longer input is refused rather than silently cut. */
  public static final int DEFAULT_MAX_QUERY_LENGTH = 1_000;

  private final SearchBackend backend;
  private final PlainLanguageSynonyms synonyms;
  private final BestBets bestBets;
  private final TypoCorrector corrector = TypoCorrector.bundled();
  private final int correctBelow;
  private final int maxQueryLength;
  private final Cache<CacheKey, SearchResults> cache;
  private final boolean cacheOff;
  private final Cache<String, LongAdder> popular;

  private record CacheKey(SearchRequest request, long generation) {}

  private SiteSearch(Builder b) {
    this.backend = Checks.notNull(b.backend, "backend");
    this.synonyms = b.synonyms;
    this.bestBets = b.bestBets;
    this.correctBelow = b.correctBelow;
    this.maxQueryLength = b.maxQueryLength;
    this.cache = Caffeine.newBuilder().maximumSize(b.cacheSize).build();
    this.cacheOff = b.cacheSize == 0;
    this.popular = Caffeine.newBuilder().maximumSize(10_000).build();
  }

  /** Returns a builder; without a folder or backend the index lives in memory. */
  public static Builder builder() {
    return new Builder();
  }

  /** Adds a document or replaces the one with the same id. */
  public void index(SearchDocument document) {
    backend.upsert(Checks.notNull(document, "document"));
    cache.invalidateAll();
  }

  /** Deletes a document by id; returns whether it existed. */
  public boolean delete(String id) {
    boolean existed = backend.delete(Checks.notNull(id, "id"));
    cache.invalidateAll();
    return existed;
  }

  /** Replaces the whole index with the given documents and commits. */
  public void rebuild(Stream<SearchDocument> documents) {
    backend.deleteAll();
    documents.forEach(backend::upsert);
    backend.commit();
    cache.invalidateAll();
  }

  /** Makes every change so far durable: after it returns, a crash loses none of them. */
  public void commit() {
    backend.commit();
  }

  /** Returns the number of documents in the index. */
  public long size() {
    return backend.size();
  }

  /** Runs a plain query: relevance order, first 10 hits. */
  public SearchResults search(String text) {
    return search(SearchRequest.of(text));
  }

  /** Runs a request. */
  public SearchResults search(SearchRequest request) {
    Checks.notNull(request, "request");
    if (request.text().length() > maxQueryLength) {
      throw new InvalidInputException("q", "查询过长 / the query is longer than " + maxQueryLength + " characters: "
          + request.text().length());
    }
    record(request.text());
    // Caffeine evicts after the fact, so a cache of size 0 would still answer a repeat at once.
    return cacheOff ? run(request) : cache.get(new CacheKey(request, backend.generation()), k -> run(request));
  }

  private SearchResults run(SearchRequest request) {
    List<String> alternatives = synonyms.expand(request.text());
    SearchResults results = backend.search(request, alternatives);
    if (results.total() >= correctBelow || request.text().isBlank()) {
      return pinBestBets(request, relaxed(request, alternatives, results));
    }
    Optional<String> corrected = corrector.correct(request.text(), backend);
    if (corrected.isEmpty()) {
      return pinBestBets(request, relaxed(request, alternatives, results));
    }
    if (results.total() == 0) {
      // A question whose words occur in the site is answered as asked, the correction only
      // proposed: rewriting several of its words from the index vocabulary guesses too much.
      SearchResults loose = relaxed(request, alternatives, results);
      if (loose.total() > 0) {
        return pinBestBets(request, loose).withCorrection(new Correction(request.text(), corrected.get(), false));
      }
      SearchRequest fixed = request.withText(corrected.get());
      List<String> fixedAlternatives = synonyms.expand(fixed.text());
      SearchResults better = backend.search(fixed, fixedAlternatives);
      return pinBestBets(fixed, relaxed(fixed, fixedAlternatives, better))
          .withCorrection(new Correction(request.text(), corrected.get(), true));
    }
    return pinBestBets(request, relaxed(request, alternatives, results))
        .withCorrection(new Correction(request.text(), corrected.get(), false));
  }

  /**
   * Strict first, then relaxed (issue 20): when the strict query does not fill the requested
   * page, the relaxed one adds the documents that hold only part of the query, after the strict
   * matches, ranked by how much of it they hold.
   */
  private SearchResults relaxed(SearchRequest request, List<String> alternatives, SearchResults strict) {
    // At least a first page's worth, so that the first hits do not depend on the page size asked.
    long enough = Math.max((long) request.offset() + request.limit(), RELAX_BELOW);
    if (request.text().isBlank() || strict.total() >= enough) {
      return strict;
    }
    SearchResults relaxed = backend.searchRelaxed(request, alternatives);
    return relaxed.total() > strict.total() ? relaxed : strict;
  }

  private SearchResults pinBestBets(SearchRequest request, SearchResults results) {
    List<String> ids = bestBets.pinned(request.text());
    if (ids.isEmpty() || request.offset() > 0 || request.sort() != SearchRequest.Sort.RELEVANCE) {
      return results;
    }
    List<SearchHit> hits = new ArrayList<>();
    Set<String> pinned = new LinkedHashSet<>();
    for (String id : ids) {
      backend.get(id).ifPresent(h -> {
        hits.add(h);
        pinned.add(h.id());
      });
    }
    for (SearchHit h : results.hits()) {
      if (!pinned.contains(h.id()) && hits.size() < request.limit()) {
        hits.add(h);
      }
    }
    return new SearchResults(results.total(), results.totalIsExact(), hits, results.facets(), results.correction(),
        results.expandedWith());
  }

  /**
   * Records a query as asked, for popular-query suggestions (searches record themselves). A query
   * the public masker would change in any way — a checked ID or phone number, any run of 7 or more
   * digits (a landline, a number whose check fails), a name after 我叫/姓名 — is never recorded,
   * since suggestions are shown to everyone: dropped, not masked, so no one's half-hidden number
   * becomes a suggestion either.
   */
  public void record(String query) {
    Checks.notNull(query, "query");
    String q = TextNormalizer.standard().fold(query.strip());
    if (!q.isEmpty() && q.length() <= 40 && PersonalDataMasker.standard().find(q).isEmpty()
        && PublicCopyMasker.standard().mask(q).equals(q)) {
      popular.get(q, k -> new LongAdder()).increment();
    }
  }

  /** Returns suggestions (联想) for what was typed so far: popular queries first, then titles. */
  public List<String> suggest(String prefix, int max) {
    Checks.notNull(prefix, "prefix");
    Checks.argument(max >= 1 && max <= 50, "max", "超出范围", "must be between 1 and 50: " + max);
    String p = TextNormalizer.standard().fold(prefix.strip());
    if (p.isEmpty()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    popular.asMap().entrySet().stream()
        .filter(e -> e.getKey().startsWith(p) && !e.getKey().equals(p))
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
        .limit(max)
        .forEach(e -> out.add(e.getKey()));
    for (String t : backend.suggestTitles(p, max)) {
      if (out.size() >= max) {
        break;
      }
      out.add(t);
    }
    return List.copyOf(out);
  }

  /**
   * Returns the fingerprint (指纹) of the documents an index is derived from: equal fingerprints
   * mean the same documents with the same fields, whatever their order, indexed by this version's
   * analysis. A portal compares it with the one stored in its index at start ({@link #inspect}).
   */
  public static String fingerprint(Collection<SearchDocument> documents) {
    return IndexFolders.fingerprint(Checks.notNull(documents, "documents"), DEFAULT_ANALYSIS);
  }

  /**
   * Returns the state of the index in a folder against the fingerprint of the data it should hold:
   * missing, locked by another writer, corrupt (every file's checksum is verified), stale (built
   * from other data, or changed after its last {@link #rebuildFolder}) or current.
   */
  public static IndexState inspect(Path folder, String fingerprint) {
    return IndexFolders.inspect(Checks.notNull(folder, "folder"), Checks.notNull(fingerprint, "fingerprint"));
  }

  /**
   * Rebuilds the index of a folder from documents beside it ({@code <folder>.new}) and then puts
   * it in the folder's place, so that an empty or half-built index is never in place; the commit
   * records {@link #fingerprint} of the documents. The folder must not be open in this process.
   */
  public static void rebuildFolder(Path folder, Collection<SearchDocument> documents) {
    Checks.notNull(folder, "folder");
    Checks.notNull(documents, "documents");
    IndexFolders.rebuild(folder, documents, fingerprint(documents), DEFAULT_ANALYSIS);
  }

  /** Commits and closes the index. */
  @Override
  public void close() {
    backend.close();
  }

  /** Builds a {@link SiteSearch}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable SearchBackend backend;
    private @Nullable Path folder;
    private PlainLanguageSynonyms synonyms = PlainLanguageSynonyms.bundled();
    private QuestionWords questionWords = QuestionWords.bundled();
    private BestBets bestBets = BestBets.none();
    private int correctBelow = 3;
    private int maxQueryLength = DEFAULT_MAX_QUERY_LENGTH;
    private long cacheSize = 1_000;
    private int rankingCandidates = TwoPhaseRanking.CANDIDATES;
    private int searchThreads = 1;
    private boolean readOnly;

    private Builder() {}

    /**
     * Searches the index's segments on this many threads (default 1: the caller's thread only);
     * more threads lower one query's latency on an idle multi-core server.
     */
    public Builder searchThreads(int threads) {
      Checks.argument(threads >= 1 && threads <= 64, "searchThreads", "超出范围", "must be between 1 and 64: " + threads);
      this.searchThreads = threads;
      return this;
    }

    /** Keeps the index in a folder on disk (created if missing): the default for portals. */
    public Builder folder(Path folder) {
      this.folder = Checks.notNull(folder, "folder");
      return this;
    }

    /**
     * Opens the folder's existing index for searching only (the command line's {@code search
     * query}): no write lock is taken, every file's checksum is verified, and a folder that holds
     * no index or a damaged one is bad input naming it ({@link SearchErrorCode#NO_INDEX},
     * {@link SearchErrorCode#CORRUPT_INDEX}) instead of being created or repaired.
     */
    public Builder readOnly() {
      this.readOnly = true;
      return this;
    }

    /** Uses another backend (e.g. OpenSearch for a site cluster) instead of embedded Lucene. */
    public Builder backend(SearchBackend backend) {
      this.backend = Checks.notNull(backend, "backend");
      return this;
    }

    /** Sets the plain-language synonyms (default: the bundled starter list). */
    public Builder synonyms(PlainLanguageSynonyms synonyms) {
      this.synonyms = Checks.notNull(synonyms, "synonyms");
      return this;
    }

    /**
     * Sets the question words and fillers a query never requires of a document (default: the
     * bundled list, {@link QuestionWords#bundled()}); applies to the embedded Lucene backend.
     */
    public Builder questionWords(QuestionWords questionWords) {
      this.questionWords = Checks.notNull(questionWords, "questionWords");
      return this;
    }

    /** Sets the best bets (default: none). */
    public Builder bestBets(BestBets bestBets) {
      this.bestBets = Checks.notNull(bestBets, "bestBets");
      return this;
    }

    /** Looks for a typo correction when a query finds fewer hits than this (default 3). */
    public Builder correctBelow(int hits) {
      Checks.argument(hits >= 0, "correctBelow", "不能为负数", "must not be negative: " + hits);
      this.correctBelow = hits;
      return this;
    }

    /** Sets the longest query accepted (default 1,000 characters). */
    public Builder maxQueryLength(int chars) {
      Checks.argument(chars >= 1 && chars <= 100_000, "maxQueryLength", "超出范围", "must be between 1 and 100000: " + chars);
      this.maxQueryLength = chars;
      return this;
    }

    /**
     * Sets how many candidates the embedded backend ranks by its full query when a query has
     * more than 2,000 matches (两阶段排序, default 200; 0 ranks every match, exact but slower).
     * The candidates are the best of a plain disjunction of the query's terms; docs/search.md
     * measures what more of them cost and change.
     */
    public Builder rankingCandidates(int candidates) {
      Checks.argument(candidates >= 0, "rankingCandidates", "不能为负数", "must not be negative: " + candidates);
      this.rankingCandidates = candidates;
      return this;
    }

    /** Sets how many recent results are cached (default 1,000; 0 turns the cache off). */
    public Builder cacheSize(long entries) {
      Checks.argument(entries >= 0, "cacheSize", "不能为负数", "must not be negative: " + entries);
      this.cacheSize = entries;
      return this;
    }

    /** Builds the search, opening the index. */
    public SiteSearch build() {
      Checks.argument(backend == null || folder == null, "folder", "与 backend 二选一", "give a folder or a backend, not both");
      Checks.argument(!readOnly || folder != null, "readOnly", "需要 folder", "needs a folder");
      if (backend == null && readOnly && folder != null) {
        backend = LuceneBackend.openExisting(folder, DEFAULT_ANALYSIS, searchThreads).configure(questionWords, Relevance.DEFAULT.withCandidates(rankingCandidates));
      }
      if (backend == null) {
        backend = (folder == null ? LuceneBackend.inMemory(DEFAULT_ANALYSIS, searchThreads)
            : LuceneBackend.open(folder, DEFAULT_ANALYSIS, searchThreads)).configure(questionWords, Relevance.DEFAULT.withCandidates(rankingCandidates));
      }
      return new SiteSearch(this);
    }
  }

  /** The analysis chosen by measurement of quality and indexing cost (docs/search.md, {@link AnalysisMode}). */
  static final AnalysisMode DEFAULT_ANALYSIS = AnalysisMode.BIGRAM;
}
