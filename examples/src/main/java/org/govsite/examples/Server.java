package org.govsite.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.DispatcherType;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.govsite.core.GovSiteException;
import org.govsite.core.screening.ScreeningFilter;
import org.govsite.disclosure.CatalogueResource;
import org.govsite.disclosure.GovSiteExceptionMapper;
import org.govsite.disclosure.RequestResource;
import org.govsite.interaction.MailboxExceptionMapper;
import org.govsite.interaction.MailboxResource;
import org.govsite.search.SearchResource;

/** Jetty 12 (ee10) with the HTML pages at {@code /} and the modules' JAX-RS resources under {@code /api}. */
final class Server implements AutoCloseable {
  /** The stable code of a port that is already taken. */
  public static final String PORT_IN_USE = "PORT_IN_USE";

  private final org.eclipse.jetty.server.Server jetty;
  private final PortalContext ctx;
  private final ServerConnector connector;

  public Server(PortalContext ctx) {
    this.ctx = ctx;
    this.jetty = new org.eclipse.jetty.server.Server();
    this.connector = new ServerConnector(jetty);
    connector.setPort(ctx.config.port());
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
    context.setContextPath("/");
    ResourceConfig api = new ResourceConfig()
        .register(new MailboxResource(ctx.mailbox, Clock.system(PortalContext.BEIJING)))
        .register(MailboxExceptionMapper.class)
        .register(new CatalogueResource(ctx.catalogue))
        .register(new RequestResource(ctx.requests, ctx.requestTracker, Clock.system(PortalContext.BEIJING)))
        .register(GovSiteExceptionMapper.class)
        .register(new SearchResource(ctx.search))
        .register(JacksonFeature.class)
        .register(new JsonMapper());
    context.addServlet(new ServletHolder("api", new ServletContainer(api)), "/api/*");
    context.addServlet(new ServletHolder("pages", new PageServlet(ctx)), "/");
    EnumSet<DispatcherType> request = EnumSet.of(DispatcherType.REQUEST);
    context.addFilter(new FilterHolder(new ScreeningFilter(ctx.screener)), "/api/*", request);
    context.addFilter(new FilterHolder(new JsonBodyScreeningFilter(ctx)), "/api/*", request);
    for (String path : new String[] {"/xinxiang", "/ysqgk", "/jiucuo", "/editor/*"}) {
      context.addFilter(new FilterHolder(new FormScreeningFilter(ctx)), path, request);
    }
    jetty.setHandler(context);
    jetty.setStopTimeout(5_000);
  }

  /** Starts listening; a taken port fails with {@link #PORT_IN_USE}. */
  public void start() {
    try {
      jetty.start();
    } catch (IOException e) {
      stopQuietly();
      if (e instanceof BindException || e.getCause() instanceof BindException) {
        throw new GovSiteException(PORT_IN_USE, "端口 " + ctx.config.port() + " 已被占用 / port " + ctx.config.port() + " is already in use");
      }
      throw new GovSiteException("PORTAL_START", "无法启动 / cannot start: " + e.getMessage(), e);
    } catch (Exception e) {
      stopQuietly();
      throw new GovSiteException("PORTAL_START", "无法启动 / cannot start: " + e.getMessage(), e);
    }
  }

  /** Returns the port it listens on. */
  public int port() {
    return connector.getLocalPort();
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

  /** Dates as yyyy-mm-dd, Optional as its value. */
  private static final class JsonMapper implements ContextResolver<ObjectMapper> {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public ObjectMapper getContext(Class<?> type) {
      return mapper;
    }
  }
}
