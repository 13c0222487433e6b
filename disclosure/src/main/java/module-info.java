/**
 * GovSite disclosure (政务公开): the information-disclosure catalogue, 依申请公开 requests with their
 * statutory deadlines, index numbers and the annual report.
 *
 * <p>JAX-RS and Bean Validation are provided by the host's container and optional here.
 */
module org.govsite.disclosure {
  requires transitive org.govsite.core;
  // IndexNumberAllocator takes a javax.sql.DataSource.
  requires transitive java.sql;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires static jakarta.ws.rs;
  requires static jakarta.validation;

  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.text;

  exports org.govsite.disclosure;
  exports org.govsite.disclosure.render;

  // A Bean Validation provider (the host picks it: Hibernate Validator, Apache BVal...) reads the
  // constrained fields of CatalogueEntry, Classification, Attachment and the resources' bodies
  // reflectively, so the package is open to any module rather than to one named provider.
  opens org.govsite.disclosure;
}
