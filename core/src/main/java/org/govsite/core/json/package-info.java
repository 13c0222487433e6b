/**
 * GovSite's one JSON convention (JSON 约定): {@link org.govsite.core.json.GovSiteJson}, the shared
 * Jackson configuration every module and every host uses.
 */
@NullMarked
package org.govsite.core.json;

import org.jspecify.annotations.NullMarked;
