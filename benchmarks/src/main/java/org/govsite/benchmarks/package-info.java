/** JMH benchmarks of GovSite beside naive baselines and peer libraries. */
@NullMarked
package org.govsite.benchmarks;

import org.jspecify.annotations.NullMarked;
