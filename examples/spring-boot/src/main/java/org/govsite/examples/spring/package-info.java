/**
 * A Spring Boot application built from GovSite's starter (Spring Boot 示例): its settings in
 * application.properties, one catalogue of its own, and one page. See docs/spring-boot.md.
 */
@NullMarked
package org.govsite.examples.spring;

import org.jspecify.annotations.NullMarked;
