/**
 * GovSite for Spring Boot (Spring Boot 自动配置): the auto-configuration that makes GovSite one
 * dependency of a Spring Boot application, and its settings under {@code govsite.*}
 * ({@link org.govsite.spring.boot.GovSiteProperties}).
 *
 * <p>Every bean is created only when the application has none of its type, so an application
 * replaces any of them by declaring its own. See docs/spring-boot.md.
 */
@NullMarked
package org.govsite.spring.boot;

import org.jspecify.annotations.NullMarked;
