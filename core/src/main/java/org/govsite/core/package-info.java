/**
 * The root of GovSite's error model (错误模型): {@link org.govsite.core.GovSiteException} and its
 * kinds, shared by every GovSite module.
 *
 * <p>Every package of GovSite is {@code @NullMarked}: a type without {@code @Nullable} never holds
 * or returns null, and absent values are {@link java.util.Optional} return values.
 */
@NullMarked
package org.govsite.core;

import org.jspecify.annotations.NullMarked;
