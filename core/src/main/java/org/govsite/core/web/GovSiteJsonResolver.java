package org.govsite.core.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.apiguardian.api.API;
import org.govsite.core.json.GovSiteJson;

/**
 * Hands GovSite's JSON configuration to a JAX-RS runtime (JSON 配置解析器): register it (an
 * instance or the class) beside the Jackson provider, e.g. Jersey's {@code JacksonFeature}, and
 * every resource's records are written with {@link GovSiteJson#mapper()}: {@code LocalDate} as
 * {@code "2025-10-14"}, {@code Optional} as its value or {@code null}.
 *
 * <pre>{@code
 * new ResourceConfig()
 *     .register(new MailboxResource(mailbox))
 *     .register(JacksonFeature.withoutExceptionMappers())
 *     .register(ErrorMappingFeature.class)
 *     .register(GovSiteJsonResolver.class);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Provider
public final class GovSiteJsonResolver implements ContextResolver<ObjectMapper> {
  /** Creates the resolver; JAX-RS runtimes call this when the class is registered. */
  public GovSiteJsonResolver() {}

  /** Returns the shared GovSite mapper for every type. */
  @Override
  public ObjectMapper getContext(Class<?> type) {
    return GovSiteJson.mapper();
  }
}
