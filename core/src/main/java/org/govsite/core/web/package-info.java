/**
 * Jakarta REST and Servlet glue every GovSite module's web layer shares (网络接口): the one exception
 * mapper and error body ({@link org.govsite.core.web.ErrorMappingFeature}), the JSON resolver
 * ({@link org.govsite.core.web.GovSiteJsonResolver}) and the screening filter. The container
 * provides the Jakarta APIs.
 */
@NullMarked
package org.govsite.core.web;

import org.jspecify.annotations.NullMarked;
