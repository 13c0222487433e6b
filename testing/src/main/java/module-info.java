/**
 * GovSite's test kit (测试工具包): the store contracts a vendor runs against their own letter,
 * request and 索引号 stores, the conformance suite of search backends, and JUnit 5 extensions that hand a test an H2 or a real PostgreSQL
 * database.
 *
 * <p>JUnit runs the contracts' test methods and the extensions reflectively, so the package is
 * open to JUnit's platform; H2 and the PostgreSQL driver are found by {@code java.sql}'s service
 * loader, so no module names them.
 */
module org.govsite.testing {
  requires transitive org.govsite.core;
  requires transitive org.govsite.disclosure;
  requires transitive org.govsite.interaction;
  requires transitive org.govsite.review;
  requires transitive org.govsite.search;
  requires transitive org.junit.jupiter.api;
  requires transitive java.sql;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires java.logging;
  requires java.net.http;

  exports org.govsite.testing;

  opens org.govsite.testing to org.junit.platform.commons;
}
