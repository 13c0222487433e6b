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
import org.govsite.core.json.GovSiteJson;
import org.govsite.search.internal.AnalysisMode;

/** Maps {@link SearchDocument}s and their {@link IndexedFields} to Lucene documents, and stored fields back. */
final class LuceneDocuments {
  private static final ObjectReader EXTRA = GovSiteJson.reader().forType(new TypeReference<Map<String, String>>() {});
  private static final FieldType STORED_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
  private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    // Segmented words are not what a resident types, so the highlighter could not find them
    // again by analysing the text: their offsets are kept. The bigram body has none: the
    // highlighter analyses the ten bodies of a page again, which costs less than offsets on
    // every token of every document cost at indexing.
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

  /**
   * The Lucene document: title and body analysed by the index's analyzers (which fold as
   * {@link IndexedFields#fold} does, so offsets stay on the original text for highlights), the
   * body's Han characters counted, the pinyin, 发文字号 keys and facets that {@link IndexedFields}
   * gives every backend, and the stored fields. The folded texts {@link IndexedFields#of} also
   * gives are left out: the analyzers fold as they read. {@code bodyOffsets} keeps the offsets of
   * an index of format v2 ({@link LuceneIndex#bodyOffsets}).
   */
  Document toLucene(SearchDocument d, boolean bodyOffsets) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, d.id(), Field.Store.YES));
    doc.add(new StoredField(Fields.TITLE, d.title()));
    if (mode.bigrams()) {
      doc.add(new TextField(Fields.TITLE_BIGRAM, d.title(), Field.Store.NO));
      doc.add(new Field(Fields.BODY_BIGRAM, d.body(), bodyOffsets ? STORED_WITH_OFFSETS : TextField.TYPE_STORED));
      doc.add(new Field(Fields.BODY_CHARS, new HanCharacterCounts(d.body()), HanCharacterCounts.TYPE));
    }
    if (mode.words()) {
      doc.add(new TextField(Fields.TITLE_WORDS, d.title(), Field.Store.NO));
      doc.add(new Field(Fields.BODY_WORDS, d.body(), mode.bigrams() ? WITH_OFFSETS : STORED_WITH_OFFSETS));
    }
    doc.add(new TextField(Fields.PINYIN, IndexedFields.pinyin(d), Field.Store.NO));
    d.documentNumber().ifPresent(n -> doc.add(new StoredField(Fields.DOCNUM_STORED, n)));
    for (String k : IndexedFields.documentNumberKeys(d)) {
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
    IndexedFields.facets(d).forEach((facet, value) -> {
      doc.add(new StringField(Fields.of(facet), value, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(Fields.of(facet), value));
    });
    return facets.build(doc);
  }

  /** The stored fields of a document; 0.1 indexes have no site field and hold the default site. */
  StoredDocument toStored(Document stored) {
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
    String site = stored.get(Fields.SITE);
    String body = stored.get(highlightField());
    return new StoredDocument(stored.get(Fields.ID), site == null ? SearchDocument.DEFAULT_SITE : site,
        ContentKind.ofCode(stored.get(Fields.KIND), Fields.KIND), stored.get(Fields.TITLE), Optional.ofNullable(stored.get(Fields.URL)),
        date, Optional.ofNullable(stored.get(Fields.DOCNUM_STORED)), extra, StoredDocument.lead(body == null ? "" : body));
  }
}
