/**
 * GovSite search (站内搜索): {@code SiteSearch} over a {@code SearchBackend}, Apache Lucene by
 * default, with adapters that index disclosure catalogues and public letters.
 *
 * <p>The adapters' modules ({@code org.govsite.disclosure}, {@code org.govsite.interaction}) are
 * optional: a portal that uses search alone does not need them. JAX-RS is provided by the host.
 */
module org.govsite.search {
  requires transitive org.govsite.core;
  requires static org.govsite.disclosure;
  requires static org.govsite.interaction;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires static jakarta.ws.rs;

  requires com.fasterxml.jackson.databind;
  requires com.github.benmanes.caffeine;
  requires org.apache.commons.text;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.smartcn;
  requires org.apache.lucene.core;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.suggest;
  requires org.jsoup;

  exports org.govsite.search;
  exports org.govsite.search.render;
  exports org.govsite.search.web;
}
