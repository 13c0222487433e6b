/**
 * Views of the audit report (检查报告): JSON, HTML and JUnit XML. The renderers read
 * {@link org.govsite.compliance}; nothing there depends on them.
 */
@NullMarked
package org.govsite.compliance.render;

import org.jspecify.annotations.NullMarked;
