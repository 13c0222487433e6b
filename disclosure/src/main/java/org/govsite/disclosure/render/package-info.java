/**
 * Views of the annual report (年度报告): JSON, HTML and CSV. The renderers read
 * {@link org.govsite.disclosure}; nothing there depends on them.
 */
@NullMarked
package org.govsite.disclosure.render;

import org.jspecify.annotations.NullMarked;
