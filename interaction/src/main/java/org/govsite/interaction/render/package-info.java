/**
 * Views of the mailbox's published letters (公开信件): HTML. The renderers read
 * {@link org.govsite.interaction}; nothing there depends on them.
 */
@NullMarked
package org.govsite.interaction.render;

import org.jspecify.annotations.NullMarked;
