/** The portal's server, pages, filters and seed data; not API. */
@NullMarked
package org.govsite.examples.internal;

import org.jspecify.annotations.NullMarked;
