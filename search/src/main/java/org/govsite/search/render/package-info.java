/**
 * Views of search results (检索结果): their JSON shape. The renderers read
 * {@link org.govsite.search}; nothing there depends on them.
 */
@NullMarked
package org.govsite.search.render;

import org.jspecify.annotations.NullMarked;
