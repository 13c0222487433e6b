/**
 * GovSite core (核心): the official working-day calendar, text normalization, content screening,
 * the site model with its freshness rules, document numbers and website codes.
 *
 * <p>{@code org.govsite.core.support} holds the argument checks, code lookups and data-file
 * readers every GovSite module shares; it is exported to GovSite's own modules only, so it can
 * change without a user noticing. Jakarta Servlet ({@code ScreeningFilter}) and Bean Validation
 * ({@code @Screened}) and Jakarta REST ({@code org.govsite.core.web}: the one exception mapper and the
 * JSON resolver) are optional: a host without a container needs none of them.
 */
@SuppressWarnings("module") // the qualified export names GovSite modules that are compiled after core
module org.govsite.core {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires static jakarta.servlet;
  requires static jakarta.validation;
  requires static jakarta.ws.rs;

  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.github.benmanes.caffeine;
  requires java.sql;
  requires org.apache.commons.text;
  requires org.jsoup;

  exports org.govsite.core;
  exports org.govsite.core.calendar;
  exports org.govsite.core.identifiers;
  exports org.govsite.core.screening;
  exports org.govsite.core.json;
  exports org.govsite.core.site;
  exports org.govsite.core.site.render;
  exports org.govsite.core.text;
  exports org.govsite.core.web;
  exports org.govsite.core.support to
      org.govsite.disclosure,
      org.govsite.interaction,
      org.govsite.search,
      org.govsite.search.opensearch,
      org.govsite.review,
      org.govsite.compliance,
      org.govsite.testing;
}
