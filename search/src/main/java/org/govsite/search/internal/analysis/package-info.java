/** Lucene analyzers and character filters for Chinese government text; not API. */
@NullMarked
package org.govsite.search.internal.analysis;

import org.jspecify.annotations.NullMarked;
