package org.govsite.core.internal.freshness;

import java.util.List;
import org.govsite.core.FreshnessEvent;
import org.govsite.core.Site;

/** A parsed site file: the site and the events its home page and items stand for. */
public record SiteFile(Site site, List<FreshnessEvent> events) {}
