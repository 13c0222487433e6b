/** Engines behind the mailbox API (deadlines, lifecycle, duplicates, statistics); not API. */
@NullMarked
package org.govsite.interaction.internal;

import org.jspecify.annotations.NullMarked;
