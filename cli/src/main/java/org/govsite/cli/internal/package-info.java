/** Option groups and plumbing shared by the {@code govsite} commands; not API. */
@NullMarked
package org.govsite.cli.internal;

import org.jspecify.annotations.NullMarked;
