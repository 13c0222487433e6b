package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.calendar.Deadline;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A 政府信息公开目录 (catalogue): immutable entries with unique 索引号, queries by topic, organ,
 * year, genre, validity and 公开方式, the Art. 20 coverage report and the Art. 26 timeliness report.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Catalogue {
  private final Map<String, CatalogueEntry> entries;
  private final Map<String, TopicTree> trees;

  private Catalogue(Builder b) {
    entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.entries));
    trees = Map.copyOf(b.trees);
  }

  /** Returns a builder with the gov.cn topic tree registered. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the entries in the order they were added. */
  public List<CatalogueEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** Returns the entry with this 索引号. */
  public Optional<CatalogueEntry> entry(String indexNumber) {
    return Optional.ofNullable(entries.get(indexNumber));
  }

  /** Returns the registered topic tree of this name. */
  public Optional<TopicTree> tree(String name) {
    return Optional.ofNullable(trees.get(name));
  }

  /** Returns the entries matching every criterion of the query, in catalogue order. */
  public List<CatalogueEntry> query(CatalogueQuery q) {
    Checks.notNull(q, "query");
    List<CatalogueEntry> out = new ArrayList<>();
    for (CatalogueEntry e : entries.values()) {
      if (q.organ().isPresent() && !q.organ().get().equals(e.issuingOrgan())) {
        continue;
      }
      if (q.year().isPresent() && q.year().get() != e.publishedDate().getYear()) {
        continue;
      }
      if (q.genre().isPresent() && !q.genre().equals(e.genre())) {
        continue;
      }
      if (q.validity().isPresent() && q.validity().get() != e.validity()) {
        continue;
      }
      if (q.mode().isPresent() && q.mode().get() != e.mode()) {
        continue;
      }
      if (q.topic().isPresent() && !within(e, q.topic().get())) {
        continue;
      }
      out.add(e);
    }
    return out;
  }

  private boolean within(CatalogueEntry e, Classification topic) {
    TopicTree tree = trees.get(topic.tree());
    for (Classification c : e.classifications()) {
      if (!c.tree().equals(topic.tree())) {
        continue;
      }
      if (c.code().equals(topic.code()) || (tree != null && tree.isWithin(c.code(), topic.code()))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the Art. 20 coverage on a day: current entries per category and the categories without one. */
  public CoverageReport coverage(LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    Map<ProactiveCategory, Integer> counts = new EnumMap<>(ProactiveCategory.class);
    for (ProactiveCategory c : ProactiveCategory.values()) {
      counts.put(c, 0);
    }
    for (CatalogueEntry e : entries.values()) {
      if (e.currentOn(asOf)) {
        e.category().ifPresent(c -> counts.merge(c, 1, Integer::sum));
      }
    }
    List<ProactiveCategory> missing = counts.entrySet().stream().filter(x -> x.getValue() == 0).map(Map.Entry::getKey).toList();
    return new CoverageReport(asOf, counts, missing);
  }

  /** Returns the Art. 26 timeliness of every proactive entry. */
  public TimelinessReport timeliness(WorkingDayCalendar calendar, DisclosureRules rules) {
    Checks.notNull(calendar, "calendar");
    Checks.notNull(rules, "rules");
    List<TimelinessReport.Result> results = new ArrayList<>();
    for (CatalogueEntry e : entries.values()) {
      if (e.mode() != DisclosureMode.PROACTIVE) {
        continue;
      }
      LocalDate formed = e.changedDate().orElse(e.writtenDate());
      Deadline due = calendar.addWorkingDays(formed, rules.proactiveWorkingDays());
      int late = e.publishedDate().isAfter(due.date())
          ? Math.max(1, calendar.countWorkingDays(due.date(), e.publishedDate()).count()) : 0;
      results.add(new TimelinessReport.Result(e.indexNumber(), e.title(), formed, due.date(), e.publishedDate(), late, due.provisional()));
    }
    return new TimelinessReport(rules.proactiveWorkingDays(), results);
  }

  /** Builds a catalogue (目录), rejecting duplicate or malformed 索引号 and unknown topics. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
    private final Map<String, TopicTree> trees = new LinkedHashMap<>();
    private @Nullable IndexNumberScheme scheme;

    private Builder() {
      trees.put(TopicTree.GOV_CN, TopicTree.govCn());
    }

    /** Registers another topic tree; classifications in it are then checked and matched by ancestry. */
    public Builder tree(TopicTree tree) {
      Checks.notNull(tree, "tree");
      trees.put(tree.name(), tree);
      return this;
    }

    /** Requires every 索引号 to follow this scheme. */
    public Builder scheme(IndexNumberScheme v) {
      scheme = Checks.notNull(v, "scheme");
      entries.keySet().forEach(scheme::parse);
      return this;
    }

    /** Adds an entry, checking its 索引号 is unique (and follows the scheme) and its topics exist. */
    public Builder add(CatalogueEntry e) {
      Checks.notNull(e, "entry");
      if (entries.containsKey(e.indexNumber())) {
        throw new InvalidInputException("indexNumber", "索引号重复 / duplicate index number: " + e.indexNumber());
      }
      if (scheme != null) {
        scheme.parse(e.indexNumber());
      }
      for (Classification c : e.classifications()) {
        TopicTree t = trees.get(c.tree());
        Checks.argument(t != null, "classifications", "未登记的分类体系", "unknown topic tree '" + c.tree() + "'");
        Checks.argument(t.topic(c.code()).isPresent(), "classifications", "分类代码不存在", "no topic '" + c.code() + "' in " + c.tree());
      }
      entries.put(e.indexNumber(), e);
      return this;
    }

    /** Adds entries. */
    public Builder addAll(Iterable<CatalogueEntry> all) {
      all.forEach(this::add);
      return this;
    }

    /** Returns the catalogue. */
    public Catalogue build() {
      return new Catalogue(this);
    }
  }
}
