/** The {@code govsite} command (命令行) and its subcommands, built with picocli. */
@NullMarked
package org.govsite.cli;

import org.jspecify.annotations.NullMarked;
