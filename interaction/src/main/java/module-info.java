/**
 * GovSite interaction (政民互动): mailboxes (领导信箱, 咨询, 投诉, 建议), letters and their lifecycle,
 * reply deadlines (答复时限) and alarms, statistics, public views, and storage (in memory or JDBC).
 *
 * <p>The JDBC store finds its driver (H2, PostgreSQL or a vendor's) through {@code java.sql}'s
 * service loader, so no driver is required here. JAX-RS and Bean Validation are provided by the
 * host's container and optional here.
 */
module org.govsite.interaction {
  requires transitive org.govsite.core;
  // JdbcLetterStore takes a javax.sql.DataSource.
  requires transitive java.sql;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires static jakarta.ws.rs;
  requires static jakarta.validation;

  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.text;

  exports org.govsite.interaction;
  exports org.govsite.interaction.render;

  // A Bean Validation provider (the host picks it) reads Submission's constrained fields
  // reflectively, so the package is open to any module rather than to one named provider.
  opens org.govsite.interaction;
}
