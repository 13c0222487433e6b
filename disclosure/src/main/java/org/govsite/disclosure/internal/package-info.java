/** Engines, stores and renderers behind the disclosure API; not API. */
@NullMarked
package org.govsite.disclosure.internal;

import org.jspecify.annotations.NullMarked;
