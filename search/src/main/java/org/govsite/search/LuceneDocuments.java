package org.govsite.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.govsite.core.identifiers.DocumentNumber;
import org.govsite.core.json.GovSiteJson;
import org.govsite.search.internal.AnalysisMode;
import org.govsite.search.internal.DocumentNumberKeys;
import org.govsite.search.internal.PinyinTokens;

/** Maps {@link SearchDocument}s to Lucene documents and stored fields back to hits. */
final class LuceneDocuments {
  private static final ObjectReader EXTRA = GovSiteJson.reader().forType(new TypeReference<Map<String, String>>() {});
  private static final FieldType STORED_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
  private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    // Offsets in the postings let the highlighter work without re-analysing long bodies.
    STORED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    STORED_WITH_OFFSETS.freeze();
    WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WITH_OFFSETS.freeze();
  }

  private final AnalysisMode mode;
  private final FacetsConfig facets;

  LuceneDocuments(AnalysisMode mode, FacetsConfig facets) {
    this.mode = mode;
    this.facets = facets;
  }

  /** Returns the field that stores the body and is highlighted. */
  String highlightField() {
    return mode.bigrams() ? Fields.BODY_BIGRAM : Fields.BODY_WORDS;
  }

  Document toLucene(SearchDocument d, java.util.List<String> titleWords) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, d.id(), Field.Store.YES));
    doc.add(new StoredField(Fields.TITLE, d.title()));
    if (mode.bigrams()) {
      doc.add(new TextField(Fields.TITLE_BIGRAM, d.title(), Field.Store.NO));
      doc.add(new Field(Fields.BODY_BIGRAM, d.body(), STORED_WITH_OFFSETS));
    }
    if (mode.words()) {
      doc.add(new TextField(Fields.TITLE_WORDS, d.title(), Field.Store.NO));
      doc.add(new Field(Fields.BODY_WORDS, d.body(), mode.bigrams() ? WITH_OFFSETS : STORED_WITH_OFFSETS));
    }
    doc.add(new TextField(Fields.PINYIN, String.join(" ", PinyinTokens.of(titleWords)), Field.Store.NO));
    d.documentNumber().ifPresent(n -> {
      doc.add(new StoredField(Fields.DOCNUM_STORED, n));
      DocumentNumber.check(n).number().ifPresent(k -> doc.add(new StringField(Fields.DOCNUM,
          DocumentNumberKeys.term(k.organCode(), k.year(), k.serial()), Field.Store.NO)));
    });
    for (String k : DocumentNumberKeys.candidates(d.title())) {
      doc.add(new StringField(Fields.DOCNUM, k, Field.Store.NO));
    }
    d.url().ifPresent(u -> doc.add(new StoredField(Fields.URL, u)));
    d.date().ifPresent(date -> {
      doc.add(new StoredField(Fields.DATE, date.toEpochDay()));
      doc.add(new NumericDocValuesField(Fields.DATE, date.toEpochDay()));
    });
    if (!d.extra().isEmpty()) {
      doc.add(new StoredField(Fields.EXTRA, GovSiteJson.writer().writeValueAsString(d.extra())));
    }
    facet(doc, Fields.KIND, Optional.of(d.kind().code()));
    facet(doc, Fields.COLUMN, d.column());
    facet(doc, Fields.ORGAN, d.organ());
    facet(doc, Fields.TOPIC, d.topic());
    facet(doc, Fields.YEAR, d.date().map(x -> String.valueOf(x.getYear())));
    return facets.build(doc);
  }

  private static void facet(Document doc, String name, Optional<String> value) {
    value.filter(v -> !v.isBlank()).ifPresent(v -> {
      doc.add(new StringField(name, v, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(name, v));
    });
  }

  SearchHit toHit(Document stored, float score, String highlight, boolean pinned) {
    Map<String, String> extra = Map.of();
    String json = stored.get(Fields.EXTRA);
    if (json != null) {
      try {
        extra = EXTRA.readValue(json);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("corrupt stored field " + Fields.EXTRA, e);
      }
    }
    Optional<LocalDate> date = Optional.ofNullable(stored.getField(Fields.DATE))
        .map(f -> LocalDate.ofEpochDay(f.numericValue().longValue()));
    return new SearchHit(stored.get(Fields.ID), ContentKind.ofCode(stored.get(Fields.KIND), Fields.KIND),
        stored.get(Fields.TITLE), Optional.ofNullable(stored.get(Fields.URL)), date,
        Optional.ofNullable(stored.get(Fields.DOCNUM_STORED)), score, highlight, pinned, extra);
  }
}
