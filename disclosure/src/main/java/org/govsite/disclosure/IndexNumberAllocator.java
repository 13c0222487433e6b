package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * Hands out 索引号 (索引号分配器) from a database, one sequence per organisation-year or
 * category-year: never a duplicate, never a skipped number, under concurrency and across restarts,
 * because the last serial lives in a row that each allocation increments in its own transaction.
 *
 * <p>Tested on H2 and PostgreSQL; any database with row locks and a unique primary key works.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IndexNumberAllocator {
  private final IndexNumberScheme scheme;
  private final JdbcSerials serials;

  private IndexNumberAllocator(Builder b) {
    scheme = b.scheme;
    serials = new JdbcSerials(b.dataSource, b.table, b.maxAttempts);
    if (b.createTable) {
      serials.createTable();
    }
  }

  /** Returns a builder over a data source (a pool is the caller's choice). */
  public static Builder builder(DataSource dataSource) {
    return new Builder(Checks.notNull(dataSource, "dataSource"));
  }

  /** Returns the scheme the numbers follow. */
  public IndexNumberScheme scheme() {
    return scheme;
  }

  /**
   * Allocates the next number of a sequence and returns it; the allocation is committed before it
   * returns.
   *
   * @param organisation the organisation code (empty when the scheme has none)
   * @param category the category code (empty when the scheme has none)
   * @param year the year
   * @throws org.govsite.core.ConflictException with code {@link DisclosureErrorCode#INDEX_SERIAL_EXHAUSTED}
   *     when the serial width is used up
   * @throws org.govsite.core.UnavailableException with code {@link DisclosureErrorCode#INDEX_STORAGE}
   *     when the database fails
   */
  public IndexNumber allocate(String organisation, String category, int year) {
    Checks.argument(year >= 1000 && year <= 9999, "year", "年份须为四位数", "the year must have four digits: " + year);
    String key = scheme.sequenceKey(organisation, category, year);
    long serial = serials.next(key, scheme.maxSerial());
    return new IndexNumber(organisation, category, year, serial);
  }

  /**
   * Allocates the next number inside the caller's transaction, so that a rollback returns the
   * number too: the entry and its 索引号 commit or vanish together. The caller commits; when two
   * callers create the same new sequence at once, one fails with code {@link DisclosureErrorCode#INDEX_STORAGE} and should
   * retry its transaction.
   */
  public IndexNumber allocate(java.sql.Connection transaction, String organisation, String category, int year) {
    Checks.notNull(transaction, "transaction");
    Checks.argument(year >= 1000 && year <= 9999, "year", "年份须为四位数", "the year must have four digits: " + year);
    String key = scheme.sequenceKey(organisation, category, year);
    return new IndexNumber(organisation, category, year, serials.nextIn(transaction, key, scheme.maxSerial()));
  }

  /** Allocates the next number and returns its formatted text. */
  public String allocateText(String organisation, String category, int year) {
    return scheme.format(allocate(organisation, category, year));
  }

  /** Returns the last serial handed out in a sequence, 0 when none. */
  public long lastSerial(String organisation, String category, int year) {
    return serials.last(scheme.sequenceKey(organisation, category, year));
  }

  /** Builds an allocator (索引号分配器), checking each setting as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final DataSource dataSource;
    private IndexNumberScheme scheme = IndexNumberScheme.govCn();
    private String table = "govsite_index_serial";
    private boolean createTable = true;
    private int maxAttempts = 100;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /** Sets the scheme (default {@link IndexNumberScheme#govCn()}). */
    public Builder scheme(IndexNumberScheme v) {
      scheme = Checks.notNull(v, "scheme");
      return this;
    }

    /** Sets the table, optionally schema-qualified (default {@code govsite_index_serial}). */
    public Builder table(String v) {
      Checks.argument(v != null && v.matches("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?"), "table",
          "表名须为 SQL 标识符（可带模式名）", "must be an SQL identifier, optionally schema-qualified: '" + v + "'");
      table = v;
      return this;
    }

    /** Sets whether to create the table when missing (default true). */
    public Builder createTable(boolean v) {
      createTable = v;
      return this;
    }

    /** Sets how often a transaction that lost a race is retried (default 100). */
    public Builder maxAttempts(int v) {
      Checks.argument(v >= 1 && v <= 10_000, "maxAttempts", "须在 1–10000 之间", "must be between 1 and 10000: " + v);
      maxAttempts = v;
      return this;
    }

    /** Returns the allocator, creating the table first when asked. */
    public IndexNumberAllocator build() {
      return new IndexNumberAllocator(this);
    }
  }
}
