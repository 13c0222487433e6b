/** The HTML SiteSearch writes from what a backend returns (highlights); not API. */
@NullMarked
package org.govsite.search.internal.render;

import org.jspecify.annotations.NullMarked;
