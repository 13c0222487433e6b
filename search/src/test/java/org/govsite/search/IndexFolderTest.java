package org.govsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govsite.core.GovSiteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index folder is derived data: its state against the source, and a rebuild beside it. */
class IndexFolderTest {
  @TempDir Path dir;

  private static List<SearchDocument> docs(int n) {
    List<SearchDocument> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(SearchDocument.builder("d" + i, ContentKind.ARTICLE, "社保卡申领 " + i).body("办理社会保障卡 " + i).build());
    }
    return out;
  }

  @Test
  void theFingerprintIgnoresOrderButNotContent() {
    List<SearchDocument> a = docs(3);
    List<SearchDocument> reversed = new ArrayList<>(a);
    java.util.Collections.reverse(reversed);
    assertEquals(SiteSearch.fingerprint(a), SiteSearch.fingerprint(reversed));
    List<SearchDocument> changed = new ArrayList<>(a);
    changed.set(1, SearchDocument.builder("d1", ContentKind.ARTICLE, "社保卡申领 1").body("改过的正文").build());
    assertNotEquals(SiteSearch.fingerprint(a), SiteSearch.fingerprint(changed));
  }

  @Test
  void missingThenCurrentThenStaleAfterAChange() {
    Path index = dir.resolve("index");
    List<SearchDocument> docs = docs(5);
    String fp = SiteSearch.fingerprint(docs);
    assertEquals(IndexState.MISSING, SiteSearch.inspect(index, fp));
    SiteSearch.rebuildFolder(index, docs);
    assertEquals(IndexState.CURRENT, SiteSearch.inspect(index, fp));
    assertFalse(Files.exists(dir.resolve("index.new")) || Files.exists(dir.resolve("index.old")));
    assertEquals(IndexState.STALE, SiteSearch.inspect(index, SiteSearch.fingerprint(docs(6))));
    try (SiteSearch s = SiteSearch.builder().folder(index).build()) {
      assertEquals(5, s.size());
      assertEquals(IndexState.LOCKED, SiteSearch.inspect(index, fp));
      s.index(docs(6).get(5));
    }
    assertEquals(IndexState.STALE, SiteSearch.inspect(index, fp), "changed after its rebuild");
  }

  @Test
  void aDamagedIndexIsCorruptAndARebuildRepairsIt() throws Exception {
    Path index = dir.resolve("index");
    List<SearchDocument> docs = docs(20);
    String fp = SiteSearch.fingerprint(docs);
    SiteSearch.rebuildFolder(index, docs);
    Path victim;
    try (Stream<Path> files = Files.list(LuceneFolder.live(index))) {
      victim = files.filter(p -> !p.getFileName().toString().startsWith("segments") && !p.getFileName().toString().equals("write.lock"))
          .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(victim);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(victim, bytes);
    assertEquals(IndexState.CORRUPT, SiteSearch.inspect(index, fp));
    GovSiteException e = assertThrows(GovSiteException.class, () -> SiteSearch.builder().folder(index).readOnly().build());
    assertEquals(SearchErrorCode.CORRUPT_INDEX, e.code());

    SiteSearch.rebuildFolder(index, docs);
    assertEquals(IndexState.CURRENT, SiteSearch.inspect(index, fp));
    try (SiteSearch s = SiteSearch.builder().folder(index).readOnly().build()) {
      assertEquals(20, s.size());
      assertEquals(20, s.search("社保卡").total());
    }
  }

  @Test
  void aRebuildReplacesAnIndexAnotherWriterHolds() {
    Path index = dir.resolve("index");
    SiteSearch.rebuildFolder(index, docs(2));
    try (SiteSearch held = SiteSearch.builder().folder(index).build()) {
      SiteSearch.rebuildFolder(index, docs(4));
    }
    assertEquals(IndexState.CURRENT, SiteSearch.inspect(index, SiteSearch.fingerprint(docs(4))));
  }

  @Test
  void readOnlyNeedsAnIndex() {
    GovSiteException e = assertThrows(GovSiteException.class, () -> SiteSearch.builder().folder(dir).readOnly().build());
    assertEquals(SearchErrorCode.NO_INDEX, e.code());
  }
}
