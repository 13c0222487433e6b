/**
 * Views of the annual report (年度报告): JSON, HTML and CSV. The renderers read
 * {@link org.govsite.disclosure}; nothing there depends on them.
 */
package org.govsite.disclosure.render;
