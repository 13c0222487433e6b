package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;
import org.govsite.core.support.DataFiles;

/**
 * A tree of topics (主题分类体系): the gov.cn tree is bundled, any other loads from JSON of the
 * shape {@code {"name": …, "categories": [{"code": …, "name": …, "children": […]}]}}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TopicTree {
  /** The name of the bundled gov.cn tree. */
  public static final String GOV_CN = "gov.cn 主题分类";

  private final String name;
  private final List<Topic> roots;
  private final Map<String, Topic> byCode;

  private TopicTree(String name, List<Topic> roots) {
    this.name = name;
    this.roots = List.copyOf(roots);
    Map<String, Topic> m = new LinkedHashMap<>();
    index(this.roots, m);
    this.byCode = Collections.unmodifiableMap(m);
  }

  private static void index(List<Topic> topics, Map<String, Topic> m) {
    for (Topic t : topics) {
      if (m.putIfAbsent(t.code(), t) != null) {
        throw new InvalidInputException("code", "分类代码重复 / duplicate topic code: " + t.code());
      }
      index(t.children(), m);
    }
  }

  /** Returns the bundled gov.cn tree: 22 top-level categories with their sub-categories. */
  public static TopicTree govCn() {
    return Bundled.GOV_CN_TREE;
  }

  /**
   * Reads a tree from JSON.
   *
   * @throws org.govsite.core.DataFormatException naming the source and field when the JSON is malformed
   */
  public static TopicTree fromJson(String source, InputStream json) {
    Checks.notNull(source, "source");
    Checks.notNull(json, "json");
    TopicTreeReader.Result r = TopicTreeReader.read(source, json);
    return new TopicTree(r.name(), r.roots());
  }

  /** Reads a tree from a JSON file. */
  public static TopicTree fromFile(Path file) {
    return DataFiles.read(file, TopicTree::fromJson);
  }

  /** Returns the tree's name; classifications refer to it. */
  public String name() {
    return name;
  }

  /** Returns the top-level categories. */
  public List<Topic> roots() {
    return roots;
  }

  /** Returns the topic with this code. */
  public Optional<Topic> topic(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Returns every topic, parents before children. */
  public List<Topic> all() {
    return new ArrayList<>(byCode.values());
  }

  /** Returns true when {@code code} is {@code ancestor} or lies below it. */
  public boolean isWithin(String code, String ancestor) {
    Topic t = byCode.get(code);
    while (t != null) {
      if (t.code().equals(ancestor)) {
        return true;
      }
      t = t.parentCode().map(byCode::get).orElse(null);
    }
    return false;
  }

  /** Returns a classification in this tree, checking that the code exists. */
  public Classification classify(String code) {
    Checks.argument(byCode.containsKey(code), "code", "分类代码不存在", "no topic '" + code + "' in " + name);
    return new Classification(name, code);
  }

  /** Returns the path of names from the root, e.g. {@code 综合政务 > 政务公开}. */
  public String path(String code) {
    List<String> names = new ArrayList<>();
    Topic t = byCode.get(code);
    while (t != null) {
      names.add(0, t.name());
      t = t.parentCode().map(byCode::get).orElse(null);
    }
    return String.join(" > ", names);
  }

  private static final class Bundled {
    static final TopicTree GOV_CN_TREE = load();

    private static TopicTree load() {
      TopicTreeReader.Result r = DataFiles.bundled(TopicTree.class, "taxonomy/gov-cn-topics.json", TopicTreeReader::read);
      return new TopicTree(GOV_CN, r.roots());
    }
  }
}
