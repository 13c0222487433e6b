package org.govsite.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The demo county portal (某县人民政府门户网站) built only from GovSite's modules: embedded Jetty and
 * Jersey, an H2 (or PostgreSQL) database and a Lucene index under the data directory.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Portal implements AutoCloseable {
  private final PortalContext context;
  private final Server server;

  private Portal(PortalContext context, Server server) {
    this.context = context;
    this.server = server;
  }

  /**
   * Opens the data, seeds it on first start, and starts serving.
   *
   * @throws org.govsite.core.ConflictException with code {@link PortalErrorCode#PORT_IN_USE} when the port is taken
   */
  public static Portal start(PortalConfig config) {
    quietLogs();
    PortalContext ctx = new PortalContext(config);
    Server server;
    try {
      server = new Server(ctx);
      server.start();
    } catch (RuntimeException e) {
      ctx.close();
      throw e;
    }
    return new Portal(ctx, server);
  }

  // Jersey warns at INFO/WARNING about resources registered as instances and a missing JAXB (WADL),
  // and SLF4J about having no provider: noise for a demo whose errors go to the page and the exit code.
  private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

  private static void quietLogs() {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    JERSEY.setLevel(java.util.logging.Level.SEVERE);
  }

  /** Returns the port the portal listens on. */
  public int port() {
    return server.port();
  }

  /** Blocks until the portal stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops serving and closes the search index. */
  @Override
  public synchronized void close() {
    server.close();
    context.close();
  }
}
