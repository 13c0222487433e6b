package org.govsite.core.screening;

import org.govsite.core.text.TextNormalizer;

/**
 * A compiled Aho–Corasick automaton in a double array, over a dense alphabet that already
 * includes normalization: {@link #cls} maps every UTF-16 unit to its class in one lookup (the
 * folding of {@link TextNormalizer} is applied when the table is built), class 0 is "in no
 * term", class 1 is "noise".
 *
 * <p>{@link #cells} holds two longs per position {@code p}: at {@code 2p} the owner state (the
 * double array's check) in the high 32 bits and the position's own base in the low 31 bits, with
 * bit 31 set when the state has output; at {@code 2p + 1} the failure link in the high 32 bits
 * and the start of the state's outputs in the low 32. One load per transition gives both the
 * check and the next base, and the failure link and outputs of a state share its cache line.
 * An output entry of {@link #outs} packs pattern, length and flags into one long (see
 * {@link #entry}), a state's entries lie together and the last has the sign bit set, so that
 * reporting a match reads one cache line instead of four arrays. Immutable and thread-safe;
 * scanning allocates nothing per character.
 */
final class Automaton {
  static final int NOISE = 1;
  static final int BASE_MASK = 0x7FFFFFFF;
  /** Pattern flag: the first symbol is an ASCII letter or digit (whole-word check on the left). */
  static final int LEFT_WORD = 1;
  /** Pattern flag: the last symbol is an ASCII letter or digit (whole-word check on the right). */
  static final int RIGHT_WORD = 2;
  /** Pattern flag: the first symbol is a digit (for the letter/digit boundary rule). */
  static final int LEFT_DIGIT = 4;
  /** Pattern flag: the last symbol is a digit. */
  static final int RIGHT_DIGIT = 8;
  /** Bits of an output entry's length (symbols): a pattern is shorter than 16 Mi symbols. */
  static final int LENGTH_BITS = 24;
  static final int MAX_LENGTH = (1 << LENGTH_BITS) - 1;

  /** Receives the matches of a scan, in order of their end. */
  @FunctionalInterface
  public interface Sink {
    /** Called for pattern {@code pattern} found at [start, end) of the original text. */
    void match(int pattern, int start, int end);
  }

  final char[] cls;
  final long[] cells;
  final int[] rootNext;
  final byte[] depth;
  final long[] outs;
  final int[] patternLength;
  final TextNormalizer normalizer;
  final boolean simple;
  final boolean collapse;
  final int maxGap;
  final int ringMask;
  final boolean letterDigitBoundary;

  Automaton(char[] cls, long[] cells, int[] rootNext, byte[] depth, long[] outs, int[] patternLength,
      TextNormalizer normalizer, int maxGap, boolean letterDigitBoundary) {
    this.letterDigitBoundary = letterDigitBoundary;
    this.cls = cls;
    this.cells = cells;
    this.rootNext = rootNext;
    this.depth = depth;
    this.outs = outs;
    this.patternLength = patternLength;
    this.normalizer = normalizer;
    this.collapse = normalizer.collapsesRepeats();
    this.simple = !collapse && normalizer.noiseCharacters().isEmpty();
    this.maxGap = maxGap;
    int longest = 1;
    for (int l : patternLength) {
      longest = Math.max(longest, l);
    }
    this.ringMask = Integer.highestOneBit(longest * 2 - 1) * 2 - 1;
  }

  /** An output entry: pattern in the low 32 bits, then its length and flags; {@code last} sets the sign bit. */
  static long entry(int pattern, int length, int flags, boolean last) {
    return (pattern & 0xFFFFFFFFL) | ((long) length << 32) | ((long) flags << (32 + LENGTH_BITS))
        | (last ? Long.MIN_VALUE : 0L);
  }

  static int entryLength(long e) {
    return (int) (e >>> 32) & MAX_LENGTH;
  }

  static int entryFlags(long e) {
    return (int) (e >>> (32 + LENGTH_BITS)) & 0xF;
  }

  /** Reports every match in the text to the sink. */
  public void scan(String text, Sink sink) {
    if (simple) {
      scanSimple(text, sink);
    } else {
      scanNormalized(text, sink);
    }
  }

  /** Without noise and collapsing a match's start is its end minus its length. */
  private void scanSimple(String text, Sink sink) {
    final char[] cls = this.cls;
    final long[] cells = this.cells;
    final int[] rootNext = this.rootNext;
    final long[] outs = this.outs;
    final int n = text.length();
    int s = 0;
    int b = 0;
    for (int i = 0; i < n; i++) {
      int c = cls[text.charAt(i)];
      if (c == 0) {
        s = 0;
        continue;
      }
      if (s == 0) {
        s = rootNext[c];
        b = (int) cells[2 * s];
      } else {
        for (;;) {
          int t = (b & BASE_MASK) + c;
          long v = cells[2 * t];
          if ((int) (v >>> 32) == s) {
            s = t;
            b = (int) v;
            break;
          }
          s = (int) (cells[2 * s + 1] >>> 32);
          if (s == 0) {
            s = rootNext[c];
            b = (int) cells[2 * s];
            break;
          }
          b = (int) cells[2 * s];
        }
      }
      if (b < 0) {
        int end = i + 1;
        int o = (int) cells[2 * s + 1];
        long e;
        do {
          e = outs[o++];
          int start = end - entryLength(e);
          int f = entryFlags(e);
          if (f == 0 || wholeWord(text, f, start, end)) {
            sink.match((int) e, start, end);
          }
        } while (e >= 0);
      }
    }
  }

  /**
   * With noise: a run of more than {@code maxGap} noise characters returns to the root (no term
   * spans it); the start of a match comes from a ring of the last symbols' offsets. With
   * collapsing: a repeat of the previous symbol is skipped unless it extends a match.
   */
  private void scanNormalized(String text, Sink sink) {
    final char[] cls = this.cls;
    final long[] cells = this.cells;
    final int[] rootNext = this.rootNext;
    final long[] outs = this.outs;
    final int[] ring = new int[ringMask + 1];
    final int mask = ringMask;
    final int maxGap = this.maxGap;
    final boolean collapse = this.collapse;
    final int n = text.length();
    int s = 0;
    int b = 0;
    int sym = 0;
    int gap = 0;
    int prev = -1;
    for (int i = 0; i < n; i++) {
      int c = cls[text.charAt(i)];
      if (c <= NOISE) {
        if (c == NOISE) {
          if (++gap > maxGap && s != 0) {
            s = 0;
            prev = -1;
          }
        } else {
          s = 0;
          prev = -1;
          gap = 0;
        }
        continue;
      }
      gap = 0;
      int next = s;
      int nb = b;
      if (next == 0) {
        next = rootNext[c];
        nb = (int) cells[2 * next];
      } else {
        for (;;) {
          int t = (nb & BASE_MASK) + c;
          long v = cells[2 * t];
          if ((int) (v >>> 32) == next) {
            next = t;
            nb = (int) v;
            break;
          }
          next = (int) (cells[2 * next + 1] >>> 32);
          if (next == 0) {
            next = rootNext[c];
            nb = (int) cells[2 * next];
            break;
          }
          nb = (int) cells[2 * next];
        }
      }
      if (c == prev && collapse && depth[next] < 2) {
        continue;
      }
      s = next;
      b = nb;
      prev = c;
      ring[sym & mask] = i;
      sym++;
      if (b < 0) {
        // With collapsing, the repeats of a match's last char belong to it (赌博博博, allll): the
        // span covers them and the whole-word check looks past them.
        int end = i + 1;
        if (collapse) {
          while (end < n && cls[text.charAt(end)] == c) {
            end++;
          }
        }
        int o = (int) cells[2 * s + 1];
        long e;
        do {
          e = outs[o++];
          int start = ring[(sym - entryLength(e)) & mask];
          int f = entryFlags(e);
          if (f == 0 || wholeWord(text, f, start, end)) {
            sink.match((int) e, start, end);
          }
        } while (e >= 0);
      }
    }
  }

  /**
   * Latin letters and digits match whole words only: a term {@code 69} must not hit inside
   * {@code 695}. With the letter/digit boundary rule a digit next to a letter is a word edge too
   * ({@code av} in {@code 1av2}).
   */
  private boolean wholeWord(String text, int f, int start, int end) {
    if ((f & LEFT_WORD) != 0 && start > 0 && joins(normalizer.fold(text.charAt(start - 1)), (f & LEFT_DIGIT) != 0)) {
      return false;
    }
    return (f & RIGHT_WORD) == 0 || end >= text.length() || !joins(normalizer.fold(text.charAt(end)), (f & RIGHT_DIGIT) != 0);
  }

  /** Whether a neighbour continues the word of a term edge (a digit edge when {@code digitEdge}). */
  private boolean joins(char neighbour, boolean digitEdge) {
    if (!asciiAlnum(neighbour)) {
      return false;
    }
    return !letterDigitBoundary || (neighbour >= '0' && neighbour <= '9') == digitEdge;
  }

  static boolean asciiAlnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
