/** A runnable county portal (某县人民政府门户网站) that wires every GovSite module together will live here. */
package org.govsite.examples;
