package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.identifiers.DocumentNumber;
import org.govsite.core.support.Checks;
import org.govsite.core.text.TextNormalizer;
import org.govsite.search.internal.DocumentNumberKeys;
import org.govsite.search.internal.PinyinTokens;
import org.govsite.search.internal.analysis.CjkSpacingCharFilter;

/**
 * What every backend indexes for a document (索引字段), computed in one place so that Lucene and
 * OpenSearch hold the same terms: folded text for the bigram fields, the pinyin forms of the
 * title, the normalized 发文字号 keys and the facet values. Stored fields come from the document
 * itself ({@link StoredDocument#of}).
 *
 * <p>An engine's stock CJK bigram analysis (a standard tokenizer, lower case, CJK bigrams with
 * single characters kept) over {@code foldedTitle} and {@code foldedBody} yields the terms
 * {@link QueryPlan} asks for. The embedded backend folds inside its analyzer instead, which keeps
 * highlight offsets on the original text, and yields the same terms.
 *
 * @param id the document id
 * @param site the site
 * @param foldedTitle the title folded (width, case, traditional → simplified) and with spaces
 *     between Han characters removed
 * @param foldedBody the body, folded the same way
 * @param pinyin the title's pinyin: for each run of Han characters, the full pinyin of each pair
 *     of neighbouring characters ({@code shebao baoka}), then their initials ({@code sb bk}), each
 *     group closed by {@code |}, separated by spaces; a pinyin query is a phrase of such pairs
 * @param documentNumberKeys every 发文字号 key ({@code 国办发|2014|57}) of the document's number and
 *     of numbers in its title
 * @param facets the facet values the document has (kind code, column, organ, topic, year, site)
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record IndexedFields(String id, String site, String foldedTitle, String foldedBody, String pinyin,
    List<String> documentNumberKeys, Map<Facet, String> facets) {

  /** Rejects a null component, naming it, and copies the collections. */
  public IndexedFields {
    Checks.notNull(id, "id");
    Checks.notNull(site, "site");
    Checks.notNull(foldedTitle, "foldedTitle");
    Checks.notNull(foldedBody, "foldedBody");
    Checks.notNull(pinyin, "pinyin");
    documentNumberKeys = List.copyOf(Checks.notNull(documentNumberKeys, "documentNumberKeys"));
    Map<Facet, String> copy = new EnumMap<>(Facet.class);
    Checks.notNull(facets, "facets").forEach((f, v) -> copy.put(Checks.notNull(f, "facets"), Checks.notNull(v, "facets")));
    facets = Collections.unmodifiableMap(copy);
  }

  /** Returns the fields every backend indexes for a document under an analysis. */
  public static IndexedFields of(SearchDocument document, SearchAnalysis analysis) {
    Checks.notNull(document, "document");
    Checks.notNull(analysis, "analysis");
    return new IndexedFields(document.id(), document.site(), fold(document.title()), fold(document.body()),
        pinyin(document), documentNumberKeys(document), facets(document));
  }

  /** Folds a text as the bigram fields are analysed: {@link TextNormalizer#fold}, then Han characters joined across spaces. */
  public static String fold(String text) {
    return CjkSpacingCharFilter.squeeze(TextNormalizer.standard().fold(Checks.notNull(text, "text")));
  }

  static String pinyin(SearchDocument d) {
    return PinyinTokens.index(fold(d.title()));
  }

  static List<String> documentNumberKeys(SearchDocument d) {
    Set<String> keys = new LinkedHashSet<>();
    d.documentNumber().flatMap(n -> DocumentNumber.check(n).number())
        .ifPresent(k -> keys.add(DocumentNumberKeys.term(k.organCode(), k.year(), k.serial())));
    keys.addAll(DocumentNumberKeys.candidates(d.title()));
    return new ArrayList<>(keys);
  }

  static Map<Facet, String> facets(SearchDocument d) {
    Map<Facet, String> out = new EnumMap<>(Facet.class);
    put(out, Facet.KIND, Optional.of(d.kind().code()));
    put(out, Facet.COLUMN, d.column());
    put(out, Facet.ORGAN, d.organ());
    put(out, Facet.TOPIC, d.topic());
    put(out, Facet.YEAR, d.date().map(x -> String.valueOf(x.getYear())));
    put(out, Facet.SITE, Optional.of(d.site()));
    return out;
  }

  private static void put(Map<Facet, String> out, Facet facet, Optional<String> value) {
    value.filter(v -> !v.isBlank()).ifPresent(v -> out.put(facet, v));
  }
}
