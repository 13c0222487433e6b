/**
 * GovSite compliance (合规检查): audits a live site against the national inspection rules
 * (政府网站检查指标), with JUnit 5 assertions for a site's own test suite.
 */
module org.govsite.compliance {
  requires transitive org.govsite.core;
  // ComplianceAssertions is a JUnit 5 testing library: its users write JUnit tests.
  requires transitive org.junit.jupiter.api;
  requires transitive org.opentest4j;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  requires org.apache.commons.text;
  requires org.jsoup;

  exports org.govsite.compliance;
  exports org.govsite.compliance.monitor;
  exports org.govsite.compliance.render;
}
