/** The crawler, fetcher, scorecard and report writers behind the auditor; not API. */
@NullMarked
package org.govsite.compliance.internal;

import org.jspecify.annotations.NullMarked;
