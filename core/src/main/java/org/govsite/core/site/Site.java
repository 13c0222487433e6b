package org.govsite.core.site;

import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A government website (政府网站): its name, 网站标识码, home page address and column tree.
 *
 * <p>Immutable. Column ids are unique; every parent exists and is one level up (checked by
 * {@link Builder#build()}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Site {
  private final String name;
  private final WebsiteCode code;
  private final Optional<String> homePage;
  private final List<Column> columns;
  private final Map<String, Column> byId;

  private Site(Builder b) {
    this.name = b.name;
    this.code = b.code;
    this.homePage = b.homePage;
    this.columns = List.copyOf(b.columns);
    this.byId = Map.copyOf(b.byId);
  }

  /** Returns a builder for a site with the given name and 网站标识码. */
  public static Builder builder(String name, WebsiteCode code) {
    return new Builder(name, code);
  }

  /** Returns the site's name, e.g. 某县人民政府. */
  public String name() {
    return name;
  }

  /** Returns the site's 网站标识码. */
  public WebsiteCode code() {
    return code;
  }

  /** Returns the home page address, when known. */
  public Optional<String> homePage() {
    return homePage;
  }

  /** Returns the columns in the order they were added. */
  public List<Column> columns() {
    return columns;
  }

  /** Returns the column with the given id. */
  public Optional<Column> column(String id) {
    return Optional.ofNullable(byId.get(Checks.notNull(id, "id")));
  }

  @Override
  public String toString() {
    return "Site[" + code + " " + name + ", " + columns.size() + " columns]";
  }

  /** Builds a {@link Site} (网站构建器), checking each column as it is added. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final String name;
    private final WebsiteCode code;
    private Optional<String> homePage = Optional.empty();
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Column> byId = new HashMap<>();

    private Builder(String name, WebsiteCode code) {
      this.name = Checks.notNull(name, "name");
      Checks.argument(!name.isBlank(), "name", "网站名称不能为空", "the site name must not be blank");
      this.code = Checks.notNull(code, "code");
    }

    /** Sets the home page address, e.g. {@code https://www.example.gov.cn/}. */
    public Builder homePage(String url) {
      Checks.notNull(url, "homePage");
      Checks.argument(!url.isBlank(), "homePage", "首页地址不能为空", "the home page address must not be blank");
      this.homePage = Optional.of(url);
      return this;
    }

    /** Adds a column; its parent may come before or after it. */
    public Builder column(Column column) {
      Checks.notNull(column, "column");
      if (byId.containsKey(column.id())) {
        throw new InvalidInputException("columns", "栏目标识重复 / duplicate column id: " + column.id());
      }
      byId.put(column.id(), column);
      columns.add(column);
      return this;
    }

    /** Builds the immutable site. */
    public Site build() {
      for (Column c : columns) {
        if (c.parentId().isPresent()) {
          String p = c.parentId().get();
          Column parent = byId.get(p);
          if (parent == null) {
            throw new InvalidInputException("parentId", "上级栏目不存在 / column " + c.id() + ": no parent column " + p);
          }
          if (parent.level() + 1 != c.level()) {
            throw new InvalidInputException("level", "栏目级别应比上级栏目深一级 / column " + c.id() + ": level " + c.level()
                + " under a level-" + parent.level() + " parent");
          }
        }
      }
      return new Site(this);
    }
  }
}
