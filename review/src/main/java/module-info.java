/**
 * GovSite review (三审): the workflow that holds anything published (column articles, letter
 * replies, catalogue entries, annual reports) until every review stage has signed it off, with
 * separation of duties, screening at every stage, an append-only history, publication listeners
 * and in-memory or JDBC stores.

 */
module org.govsite.review {
  requires transitive org.govsite.core;
  // ReviewStore.jdbc takes a javax.sql.DataSource.
  requires transitive java.sql;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports org.govsite.review;
}
