/**
 * Operations for GovSite on Spring Boot (运行监测): Actuator health indicators (search index,
 * database schema, calendar coverage) and Micrometer metrics (overdue letters, requests near their
 * deadline, screening blocks, the review queue).
 */
@NullMarked
package org.govsite.spring.boot.actuate;

import org.jspecify.annotations.NullMarked;
