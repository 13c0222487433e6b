/** The Lucene backend of site search, its query building and rule files; not API. */
@NullMarked
package org.govsite.search.internal;

import org.jspecify.annotations.NullMarked;
