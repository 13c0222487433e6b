/** Auditing a live site against the national inspection rules (政府网站检查指标), with JUnit 5 support. */
@NullMarked
package org.govsite.compliance;

import org.jspecify.annotations.NullMarked;
