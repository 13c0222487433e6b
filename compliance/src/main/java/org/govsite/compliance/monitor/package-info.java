/**
 * The site monitor (网站监测): probes a home page (and its columns) on a schedule, keeps every
 * probe in an append-only store and reports the census availability verdict over any seven days
 * and column freshness over time. Engines here return data; {@code org.govsite.compliance.render}
 * renders it.
 */
@NullMarked
package org.govsite.compliance.monitor;

import org.jspecify.annotations.NullMarked;
