/**
 * Identifiers of government documents and sites: 发文字号 ({@link
 * org.govsite.core.identifiers.DocumentNumber}) and 网站标识码 ({@link
 * org.govsite.core.identifiers.WebsiteCode}).
 */
@NullMarked
package org.govsite.core.identifiers;

import org.jspecify.annotations.NullMarked;
