package org.govsite.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.govsite.core.text.TextNormalizer;
import org.govsite.search.internal.analysis.CjkSpacingCharFilter;

/**
 * The single Han characters of a body (单字) for {@link Fields#BODY_CHARS}: each distinct folded
 * character once, with how often it occurs as its term frequency.
 *
 * <p>A one-character query (税) must find 税务局, so every character has to be searchable. Kept
 * in the bigram field, as the bigram analysis's unigrams, they doubled the tokens the body
 * field inverts, with positions, for a term that is only ever matched, never phrased; counted
 * here they cost one token per distinct character and give the same postings (documents and
 * frequencies); this field's length for BM25 is the number of characters, since Lucene adds each
 * token's frequency to the length. The bigram field keeps the characters that stand alone, as a
 * query does, so a phrase holding a lone character matches only where it stands alone (ranking
 * only: matching looks in both fields).
 */
final class HanCharacterCounts extends TokenStream {
  /** Documents and frequencies: frequencies come from the counts, and nothing asks for positions. */
  static final FieldType TYPE = new FieldType();

  static {
    TYPE.setTokenized(true);
    TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    TYPE.freeze();
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
  private final int[] characters;
  private final int[] counts;
  private final int size;
  private int next;

  /** Which UTF-16 units are Han characters, so that counting does not search the script table per character. */
  private static final java.util.BitSet HAN = new java.util.BitSet(Character.MAX_VALUE + 1);

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (CjkSpacingCharFilter.isHan(c)) {
        HAN.set(c);
      }
    }
  }

  HanCharacterCounts(String text) {
    TextNormalizer fold = TextNormalizer.standard();
    // Open addressing over the folded units, key + 1 so that 0 is empty: one pass, no sorting,
    // nothing kept between documents.
    int capacity = Integer.highestOneBit(Math.max(16, Math.min(text.length(), Character.MAX_VALUE + 1)) * 2 - 1) * 2;
    int[] keys = new int[capacity];
    int[] slotCounts = new int[capacity];
    int[] order = new int[capacity / 2];
    int distinct = 0;
    java.util.Map<Integer, Integer> supplementary = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c > Character.MAX_VALUE) {
        // Extension B and beyond: rare enough for a map.
        if (CjkSpacingCharFilter.isHan(c)) {
          if (supplementary == null) {
            supplementary = new java.util.TreeMap<>();
          }
          supplementary.merge(c, 1, Integer::sum);
        }
        continue;
      }
      c = fold.fold((char) c);
      if (!HAN.get(c)) {
        continue;
      }
      int slot = (c * 0x9E3779B1 >>> 16) & (capacity - 1);
      while (keys[slot] != 0 && keys[slot] != c + 1) {
        slot = (slot + 1) & (capacity - 1);
      }
      if (keys[slot] == 0) {
        keys[slot] = c + 1;
        order[distinct++] = slot;
      }
      slotCounts[slot]++;
    }
    int extra = supplementary == null ? 0 : supplementary.size();
    int[] characters = new int[distinct + extra];
    int[] counts = new int[distinct + extra];
    for (int k = 0; k < distinct; k++) {
      characters[k] = keys[order[k]] - 1;
      counts[k] = slotCounts[order[k]];
    }
    if (supplementary != null) {
      int k = distinct;
      for (var e : supplementary.entrySet()) {
        characters[k] = e.getKey();
        counts[k++] = e.getValue();
      }
    }
    this.characters = characters;
    this.counts = counts;
    this.size = characters.length;
  }

  @Override
  public boolean incrementToken() {
    if (next >= size) {
      return false;
    }
    clearAttributes();
    term.setEmpty();
    int c = characters[next];
    if (c <= Character.MAX_VALUE) {
      term.append((char) c);
    } else {
      term.append(new String(Character.toChars(c)));
    }
    frequency.setTermFrequency(counts[next]);
    next++;
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }
}
