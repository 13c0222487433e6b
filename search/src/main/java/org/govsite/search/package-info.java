/**
 * Site search (站内搜索) for Chinese government content: {@link org.govsite.search.SiteSearch} over
 * a {@link org.govsite.search.SearchBackend}, Apache Lucene by default.
 */
@NullMarked
package org.govsite.search;

import org.jspecify.annotations.NullMarked;
