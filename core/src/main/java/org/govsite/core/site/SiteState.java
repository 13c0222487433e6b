package org.govsite.core.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A site and the history of its home page and of each of its columns, in site order. */
final class SiteState {
  final Site site;
  final ColumnHistory home = new ColumnHistory();
  final ColumnHistory[] columns;
  private final Map<String, Integer> index = new HashMap<>();

  SiteState(Site site) {
    this.site = site;
    List<Column> cs = site.columns();
    this.columns = new ColumnHistory[cs.size()];
    for (int i = 0; i < cs.size(); i++) {
      columns[i] = new ColumnHistory();
      index.put(cs.get(i).id(), i);
    }
  }

  /** Returns the history of the column with this id, or null when the site has no such column. */
  @Nullable ColumnHistory column(String id) {
    Integer i = index.get(id);
    return i == null ? null : columns[i];
  }
}
