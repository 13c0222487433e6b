package org.govsite.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.jspecify.annotations.Nullable;

/** Counts the facet fields of the matches, keeping the per-reader ordinal map between searches. */
final class FacetCounter {
  private static final int FACET_VALUES = 20;

  private final FacetsConfig config;
  private volatile @Nullable Cached cached;

  private record Cached(DirectoryReader reader, SortedSetDocValuesReaderState state) {}

  FacetCounter(FacetsConfig config) {
    this.config = config;
  }

  /** Counts facet values over the (possibly sampled) matches, scaling sampled counts back up. */
  Map<Facet, List<FacetCount>> count(DirectoryReader reader, FacetsCollector matches, double rate) throws IOException {
    SortedSetDocValuesReaderState state = state(reader);
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    if (state == null) {
      return out;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matches);
    Set<String> dims = new LinkedHashSet<>();
    state.getDims().forEach(dims::add);
    for (Facet facet : Facet.values()) {
      String dim = Fields.of(facet);
      List<FacetCount> values = new ArrayList<>();
      if (dims.contains(dim)) {
        FacetResult fr = counts.getTopChildren(FACET_VALUES, dim);
        if (fr != null) {
          for (LabelAndValue lv : fr.labelValues) {
            values.add(new FacetCount(lv.label, rate < 1.0 ? Math.round(lv.value.longValue() / rate) : lv.value.longValue()));
          }
        }
      }
      out.put(facet, values);
    }
    return out;
  }

  /**
   * The ordinal map of facet values, built once per reader (it costs a pass over the values); null
   * while the index holds no facet values yet.
   */
  private @Nullable SortedSetDocValuesReaderState state(DirectoryReader reader) throws IOException {
    Cached s = cached;
    if (s != null && s.reader() == reader) {
      return s.state();
    }
    synchronized (this) {
      s = cached;
      if (s != null && s.reader() == reader) {
        return s.state();
      }
      SortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
      } catch (IllegalArgumentException noFacetsYet) {
        return null;
      }
      cached = new Cached(reader, state);
      return state;
    }
  }

}
