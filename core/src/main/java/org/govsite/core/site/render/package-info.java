/**
 * Views of the freshness report (栏目更新报告): JSON and HTML. The renderers read
 * {@link org.govsite.core.site}; nothing there depends on them.
 */
@NullMarked
package org.govsite.core.site.render;

import org.jspecify.annotations.NullMarked;
