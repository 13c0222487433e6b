/**
 * The site model (网站, 栏目) and column freshness (栏目更新): policies, snapshots, the census
 * verdict and its reports.
 */
@NullMarked
package org.govsite.core.site;

import org.jspecify.annotations.NullMarked;
