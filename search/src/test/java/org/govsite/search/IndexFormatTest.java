package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.govsite.search.internal.PinyinTokens;
import org.govsite.search.internal.analysis.Analyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format v3 (issue 16) beside indexes and queries it must still take. */
class IndexFormatTest {
  /**
   * Lucene cannot change a field's index options within an index: a folder of format v2 (offsets in
   * the bigram body) opened for writing still takes new documents, in its layout, and answers.
   */
  @Test
  void anIndexOfFormatTwoTakesNewDocuments(@TempDir Path folder) throws IOException {
    FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (IndexWriter w = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(Analyzers.bigram(true)))) {
      Document d = new Document();
      d.add(new StringField(Fields.ID, "old", Field.Store.YES));
      d.add(new StringField(Fields.KIND, ContentKind.ARTICLE.code(), Field.Store.YES));
      d.add(new StoredField(Fields.TITLE, "税务局通知"));
      d.add(new Field(Fields.BODY_BIGRAM, "县税务局关于办税的通知", withOffsets));
      w.addDocument(d);
    }
    try (SiteSearch search = SiteSearch.builder().folder(folder).cacheSize(0).build()) {
      search.index(SearchDocument.builder("new", ContentKind.ARTICLE, "社保卡申领指南").body("县人社局办理社保卡，缴税另见税务局。").build());
      search.commit();
      assertEquals(2, search.size());
      assertEquals(List.of("new"), search.search("社保卡").hits().stream().map(SearchHit::id).toList());
      assertEquals(2, search.search("税").total(), "one character: the old unigrams and the new counts");
    }
  }

  /** A long run of letters (an English sentence without spaces) is not read as pinyin: no phrase past a clause limit. */
  @Test
  void aLongRunOfLettersIsNotPinyin() {
    assertEquals(List.of(), PinyinTokens.query("a".repeat(PinyinTokens.MAX_LETTERS + 1)));
    assertEquals(List.of(List.of("shebao"), List.of("sheba", "bao"), List.of("sh", "he", "eb", "ba", "ao")), PinyinTokens.query("shebao"));
  }
}
