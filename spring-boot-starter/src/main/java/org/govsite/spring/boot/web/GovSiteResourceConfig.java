package org.govsite.spring.boot.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.ws.rs.ApplicationPath;
import org.apiguardian.api.API;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The Jersey application GovSite's REST API runs in (接口应用), at {@code /api} like the portal's;
 * {@code spring.jersey.application-path} moves it. The resources are added by the starter's
 * customizer, so an application that declares its own {@link ResourceConfig} gets them too.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ApplicationPath("/api")
public class GovSiteResourceConfig extends ResourceConfig {
  /** Creates an application without resources. */
  public GovSiteResourceConfig() {}
}
