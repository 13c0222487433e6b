package org.govsite.core.screening;

import java.util.Arrays;
import java.util.List;
import org.govsite.core.InvalidInputException;
import org.govsite.core.text.TextNormalizer;

/**
 * Compiles patterns into an {@link Automaton}: normalizes each pattern with the normalizer's fold
 * table (noise removed), numbers the distinct symbols densely, builds the trie from the sorted
 * patterns in one pass, places it in a double array breadth-first, then computes failure links
 * and flattened output lists. Linear in the total pattern length apart from the sort.
 */
final class AutomatonBuilder {
  private static final int FREE = -1;

  private AutomatonBuilder() {}

  /**
   * Compiles patterns: every pattern is folded and stripped of noise with the normalizer, and a
   * run of at most {@code maxGap} noise characters may stand between two of its characters.
   *
   * @throws InvalidInputException when a pattern is nothing but noise characters
   */
  public static Automaton build(List<String> patterns, TextNormalizer normalizer, int maxGap, boolean wordBoundary,
      boolean letterDigitBoundary) {
    int np = patterns.size();
    // 1. Dense alphabet over the folded characters of the patterns.
    int[] classOfFolded = new int[65536];
    int classes = 2;
    int[][] seqs = new int[np][];
    int[] patternLength = new int[np];
    byte[] flags = new byte[np];
    for (int p = 0; p < np; p++) {
      String raw = patterns.get(p);
      int[] seq = new int[raw.length()];
      int len = 0;
      boolean firstWord = false;
      boolean lastWord = false;
      boolean firstDigit = false;
      boolean lastDigit = false;
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (normalizer.isNoise(c)) {
          continue;
        }
        char f = normalizer.fold(c);
        if (classOfFolded[f] == 0) {
          classOfFolded[f] = classes++;
        }
        // A Chinese numeral folds to a digit but is written as a Han character: it does not make
        // a term a Latin word (下三 still matches inside 下三滥, 十三 inside 十三五).
        boolean word = wordBoundary && Automaton.asciiAlnum(f) && !Character.isIdeographic(c);
        if (len == 0) {
          firstWord = word;
          firstDigit = f >= '0' && f <= '9';
        }
        lastWord = word;
        lastDigit = f >= '0' && f <= '9';
        seq[len++] = classOfFolded[f];
      }
      if (len == 0) {
        throw new InvalidInputException("term", "词条只含干扰字符 / the term has nothing but noise characters: '" + raw + "'");
      }
      if (len > Automaton.MAX_LENGTH) {
        throw new InvalidInputException("term", "词条过长 / the term is longer than " + Automaton.MAX_LENGTH
            + " characters: " + len);
      }
      seqs[p] = Arrays.copyOf(seq, len);
      patternLength[p] = len;
      flags[p] = (byte) ((firstWord ? Automaton.LEFT_WORD : 0) | (lastWord ? Automaton.RIGHT_WORD : 0)
          | (firstWord && firstDigit ? Automaton.LEFT_DIGIT : 0) | (lastWord && lastDigit ? Automaton.RIGHT_DIGIT : 0));
    }
    if (classes > 65535) {
      throw new InvalidInputException("dictionary", "字符种类过多 / too many distinct characters: " + classes);
    }
    int alphabet = classes;
    char[] cls = new char[65536];
    for (int c = 0; c < 65536; c++) {
      cls[c] = normalizer.isNoise((char) c) ? (char) Automaton.NOISE : (char) classOfFolded[normalizer.fold((char) c)];
    }

    // 2. Trie from the sorted patterns: a new child is always the last of its parent's children.
    Integer[] order = new Integer[np];
    for (int i = 0; i < np; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Arrays.compare(seqs[a], seqs[b]));
    int cap = 16;
    for (int[] s : seqs) {
      cap += s.length;
    }
    int[] label = new int[cap];
    int[] firstChild = new int[cap];
    int[] lastChild = new int[cap];
    int[] nextSibling = new int[cap];
    int[] nodeOut = new int[cap];
    int[] patternNext = new int[np];
    Arrays.fill(firstChild, -1);
    Arrays.fill(lastChild, -1);
    Arrays.fill(nextSibling, -1);
    Arrays.fill(nodeOut, -1);
    int nodes = 1;
    for (int p : order) {
      int u = 0;
      for (int c : seqs[p]) {
        int lc = lastChild[u];
        if (lc >= 0 && label[lc] == c) {
          u = lc;
          continue;
        }
        int v = nodes++;
        label[v] = c;
        if (lc < 0) {
          firstChild[u] = v;
        } else {
          nextSibling[lc] = v;
        }
        lastChild[u] = v;
        u = v;
      }
      patternNext[p] = nodeOut[u];
      nodeOut[u] = p;
    }

    // 3. Double array, breadth-first.
    Growable da = new Growable(nodes * 2 + alphabet + 16);
    int[] posOf = new int[nodes];
    int[] queue = new int[nodes];
    int head = 0;
    int tail = 0;
    queue[tail++] = 0;
    da.occupy(0, -2);
    // Multi-child nodes start their search here; it moves on when the cells before it are
    // almost all taken, so that search time stays bounded (the heuristic of darts-clone).
    int multiStart = 1;
    int[] rootNext = new int[alphabet];
    while (head < tail) {
      int u = queue[head++];
      int pu = posOf[u];
      int fc = firstChild[u];
      if (fc < 0) {
        continue;
      }
      int l1 = label[fc];
      boolean single = nextSibling[fc] < 0;
      int pos = da.findFree(Math.max(single ? 1 : multiStart, l1 + 1), alphabet);
      int b;
      int tries = 0;
      for (;;) {
        b = pos - l1;
        boolean ok = true;
        for (int v = nextSibling[fc]; v >= 0; v = nextSibling[v]) {
          if (da.check[b + label[v]] != FREE) {
            ok = false;
            break;
          }
        }
        if (ok) {
          break;
        }
        if (++tries == 64) {
          multiStart = pos;
        }
        pos = da.findFree(pos + 1, alphabet);
      }
      da.base[pu] = b;
      for (int v = fc; v >= 0; v = nextSibling[v]) {
        int pv = b + label[v];
        da.occupy(pv, pu);
        posOf[v] = pv;
        da.depth[pv] = (byte) Math.min(127, da.depth[pu] + 1);
        if (u == 0) {
          rootNext[label[v]] = pv;
        }
        queue[tail++] = v;
      }
    }
    int size = da.check.length;
    while (size > 1 && da.check[size - 1] == FREE) {
      size--;
    }

    // 4. Failure links and flattened outputs, in the same breadth-first order.
    int[] fail = new int[size];
    int[] outHead = new int[size];
    int[] ownCount = new int[size];
    IntList outs = new IntList(np * 2 + 1);
    outs.add(-1); // index 0: the empty list
    for (int qi = 1; qi < tail; qi++) {
      int v = queue[qi];
      int pv = posOf[v];
      int pu = da.check[pv];
      int c = pv - da.base[pu];
      int f;
      if (pu == 0) {
        f = 0;
      } else {
        f = fail[pu];
        for (;;) {
          if (f == 0) {
            f = rootNext[c];
            break;
          }
          int t = da.base[f] + c;
          if (t < da.check.length && da.check[t] == f) {
            f = t;
            break;
          }
          f = fail[f];
        }
      }
      fail[pv] = f;
      int own = 0;
      for (int p = nodeOut[v]; p >= 0; p = patternNext[p]) {
        own++;
      }
      ownCount[pv] = own;
      if (own == 0 && outHead[f] == 0) {
        outHead[pv] = 0;
        continue;
      }
      outHead[pv] = outs.size();
      for (int p = nodeOut[v]; p >= 0; p = patternNext[p]) {
        outs.add(p);
      }
      for (int o = outHead[f]; outs.get(o) >= 0; o++) {
        outs.add(outs.get(o));
      }
      outs.add(-1);
    }

    // 5. Pack check and base (with the output flag), failure link and output start into two
    // longs per position; each output entry packs pattern, length and flags, the last of a
    // state's entries marked (the -1 terminators of the list become unused slots).
    int positions = size + alphabet + 1;
    long[] cells = new long[2 * positions];
    byte[] depth = new byte[positions];
    for (int p = 0; p < positions; p++) {
      int check = p < da.check.length ? da.check[p] : FREE;
      int base = p < size ? da.base[p] : 0;
      int start = p < size ? outHead[p] : 0;
      if (start != 0) {
        base |= 0x80000000;
      }
      cells[2 * p] = ((long) check << 32) | (base & 0xFFFFFFFFL);
      cells[2 * p + 1] = ((long) (p < size ? fail[p] : 0) << 32) | (start & 0xFFFFFFFFL);
      depth[p] = p < da.depth.length ? da.depth[p] : 0;
    }
    int[] list = outs.toArray();
    long[] entries = new long[list.length];
    for (int o = 0; o < list.length; o++) {
      int p = list[o];
      entries[o] = p < 0 ? -1L : Automaton.entry(p, patternLength[p], flags[p], list[o + 1] < 0);
    }
    return new Automaton(cls, cells, rootNext, depth, entries, patternLength, normalizer, maxGap,
        letterDigitBoundary);
  }

  /** The double array while it is being filled, with a skip list to the next free cell. */
  private static final class Growable {
    int[] check;
    int[] base;
    byte[] depth;
    /** For a taken cell, a cell after it that was free once (path-compressed, union-find style). */
    int[] skip;

    Growable(int cap) {
      check = new int[cap];
      base = new int[cap];
      depth = new byte[cap];
      skip = new int[cap];
      Arrays.fill(check, FREE);
    }

    void occupy(int pos, int owner) {
      check[pos] = owner;
      skip[pos] = pos + 1;
    }

    /** Returns the first free cell at or after {@code from}, with room for a full alphabet after it. */
    int findFree(int from, int alphabet) {
      ensure(from + alphabet + 1);
      int r = from;
      while (check[r] != FREE) {
        r = skip[r];
        ensure(r + alphabet + 1);
      }
      for (int i = from; i != r; ) {
        int n = skip[i];
        skip[i] = r;
        i = n;
      }
      return r;
    }

    void ensure(int n) {
      if (n >= check.length) {
        int cap = Math.max(n + 1, check.length + (check.length >> 1));
        int old = check.length;
        check = Arrays.copyOf(check, cap);
        Arrays.fill(check, old, cap, FREE);
        base = Arrays.copyOf(base, cap);
        depth = Arrays.copyOf(depth, cap);
        skip = Arrays.copyOf(skip, cap);
      }
    }
  }

  /** A growable int array without boxing. */
  private static final class IntList {
    private int[] a;
    private int n;

    IntList(int cap) {
      a = new int[Math.max(4, cap)];
    }

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int get(int i) {
      return a[i];
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
