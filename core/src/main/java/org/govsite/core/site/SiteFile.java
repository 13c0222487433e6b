package org.govsite.core.site;

import java.util.List;

/** A parsed site file: the site and the events its home page and items stand for. */
record SiteFile(Site site, List<FreshnessEvent> events) {}
