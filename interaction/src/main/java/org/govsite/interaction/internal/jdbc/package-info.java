/** The JDBC schema and row mapping of the letter store; not API. */
@NullMarked
package org.govsite.interaction.internal.jdbc;

import org.jspecify.annotations.NullMarked;
