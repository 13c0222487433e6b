/**
 * GovSite's test kit (测试工具包), for vendors' tests and our own: the store contracts as abstract
 * JUnit 5 classes to extend for your own store ({@link org.govsite.testing.LetterStoreContract},
 * {@link org.govsite.testing.RequestStoreContract}, {@link org.govsite.testing.IndexNumberAllocatorContract}),
 * and {@link org.govsite.testing.DatabaseExtension}, which hands a test a fresh H2 database or a
 * fresh schema on a real PostgreSQL server.
 *
 * <p>The guide is {@code docs/testing.md}.
 */
@NullMarked
package org.govsite.testing;

import org.jspecify.annotations.NullMarked;
