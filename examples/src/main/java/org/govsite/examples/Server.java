package org.govsite.examples;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.govsite.core.ConflictException;
import org.govsite.core.GovSiteException;
import org.govsite.core.web.ScreeningFilter;
import org.govsite.core.web.ErrorMappingFeature;
import org.govsite.core.web.GovSiteJsonResolver;
import org.govsite.disclosure.CatalogueResource;
import org.govsite.disclosure.RequestResource;
import org.govsite.interaction.MailboxResource;
import org.govsite.search.web.SearchResource;

/**
 * Jetty 12 (ee10) with the HTML pages at {@code /} and the modules' JAX-RS resources under
 * {@code /api}. Every API failure answers core's one JSON error body: the resources' through
 * {@link ErrorMappingFeature}, the container's own (a filter's 413, an exception outside Jersey)
 * through {@link ApiErrorHandler}.
 *
 * <p>The filters run in this order, so that a refused request has nothing done for it: the body
 * limit (413 before a byte is read), the {@link Guard} (foreign origin 403, staff pages need a
 * sign-in, page forms need their token), the status-lookup {@link Throttles} (429), then screening.
 * Every answer carries {@link SecurityHeaders}; no answer names the server.
 */
final class Server implements AutoCloseable {
  private final org.eclipse.jetty.server.Server jetty;
  private final PortalContext ctx;
  private final ServerConnector connector;

  public Server(PortalContext ctx) {
    this.ctx = ctx;
    this.jetty = new org.eclipse.jetty.server.Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    this.connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setPort(ctx.config.port());
    jetty.addConnector(connector);
    // No servlet sessions: the staff sessions live in the database (StaffSessions), shared by every instance.
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
    context.setContextPath("/");
    ResourceConfig api = new ResourceConfig()
        .register(new MailboxResource(ctx.mailbox, Clock.system(PortalContext.BEIJING)))
        .register(new CatalogueResource(ctx.catalogue))
        .register(new RequestResource(ctx.requests, ctx.requestTracker, Clock.system(PortalContext.BEIJING)))
        .register(new SearchResource(ctx.search))
        // Jackson's own mappers answer text/plain naming Java types: core's feature answers instead.
        .register(JacksonFeature.withoutExceptionMappers())
        .register(new ErrorMappingFeature())
        .register(GovSiteJsonResolver.class);
    context.addServlet(new ServletHolder("api", new ServletContainer(api)), "/api/*");
    FormTokens tokens = new FormTokens(ctx.settings, ctx.config.dataDir());
    context.addServlet(new ServletHolder("pages", new PageServlet(ctx, tokens)), "/");
    EnumSet<DispatcherType> request = EnumSet.of(DispatcherType.REQUEST);
    context.addFilter(new FilterHolder(new BodyLimitFilter(ctx)), "/*", request);
    context.setMaxFormContentSize((int) ctx.config.bodyLimitBytes());
    context.addFilter(new FilterHolder(new Guard(ctx, tokens)), "/*", request);
    context.addFilter(new FilterHolder(ctx.throttles), "/*", request);
    // A search first applies what other instances changed: its answer (and its cache) is never behind the database.
    for (String path : new String[] {"/search", "/api/search", "/api/search/*"}) {
      context.addFilter(new FilterHolder((jakarta.servlet.Filter) (rq, rs, chain) -> {
        ctx.searchSync.catchUp();
        chain.doFilter(rq, rs);
      }), path, request);
    }
    context.addFilter(new FilterHolder(new ScreeningFilter(ctx.screener)), "/api/*", request);
    context.addFilter(new FilterHolder(new JsonBodyScreeningFilter(ctx)), "/api/*", request);
    for (String path : new String[] {"/xinxiang", "/ysqgk", "/jiucuo", "/editor/*"}) {
      context.addFilter(new FilterHolder(new FormScreeningFilter(ctx)), path, request);
    }
    context.setErrorHandler(new ApiErrorHandler(ctx));
    jetty.setErrorHandler(ApiErrorHandler.forServer());
    SecurityHeaders headers = new SecurityHeaders();
    headers.setHandler(context);
    jetty.setHandler(headers);
    jetty.setStopTimeout(5_000);
  }

  /** Starts listening; a taken port fails with {@link PortalErrorCode#PORT_IN_USE}. */
  public void start() {
    try {
      jetty.start();
    } catch (IOException e) {
      stopQuietly();
      if (e instanceof BindException || e.getCause() instanceof BindException) {
        throw new ConflictException(PortalErrorCode.PORT_IN_USE, "端口 " + ctx.config.port() + " 已被占用 / port " + ctx.config.port() + " is already in use");
      }
      throw new GovSiteException(PortalErrorCode.PORTAL_START, "无法启动 / cannot start: " + e.getMessage(), e);
    } catch (Exception e) {
      stopQuietly();
      throw new GovSiteException(PortalErrorCode.PORTAL_START, "无法启动 / cannot start: " + e.getMessage(), e);
    }
  }

  /** Returns the port it listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Returns how many server sessions were opened since the start (only sign-ins open one). */
  int sessionsCreated() {
    return ctx.sessions.created();
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  private void stopQuietly() {
    try {
      jetty.stop();
    } catch (Exception ignored) {
      // already failing: the start error is the one to report
    }
  }

  @Override
  public void close() {
    stopQuietly();
  }
}
