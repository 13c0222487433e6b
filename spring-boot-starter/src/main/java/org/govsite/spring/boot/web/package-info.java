/**
 * The REST API and the screening filter of GovSite's Spring Boot starter (接口与内容检查过滤器): the
 * modules' JAX-RS resources served by Jersey under {@code /api}, with core's one error body.
 */
@NullMarked
package org.govsite.spring.boot.web;

import org.jspecify.annotations.NullMarked;
