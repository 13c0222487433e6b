/** Site search (站内搜索) for Chinese government content, on Apache Lucene, will live here. */
package org.govsite.search;
