package org.govsite.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The demo county portal (某县人民政府门户网站) built only from GovSite's modules: embedded Jetty and
 * Jersey, an H2 (or PostgreSQL) database and a Lucene index under the data directory.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Portal implements AutoCloseable {
  private final DataDirLock lock;
  private final PortalContext context;
  private final Server server;

  private Portal(DataDirLock lock, PortalContext context, Server server) {
    this.lock = lock;
    this.context = context;
    this.server = server;
  }

  /**
   * Opens the data, seeds it on first start, and starts serving.
   *
   * <p>The data directory is locked first, for the portal's lifetime: a second portal on it is
   * refused at once. The search index is derived from the database: a missing, locked, corrupt or
   * stale one is rebuilt before serving (see docs/portal.md).
   *
   * @throws org.govsite.core.ConflictException with code {@link PortalErrorCode#PORT_IN_USE} when the port is taken,
   *     {@link PortalErrorCode#DATA_DIR_IN_USE} when another live portal uses the data directory
   */
  public static Portal start(PortalConfig config) {
    quietLogs();
    DataDirLock lock = DataDirLock.acquire(config.dataDir());
    PortalContext ctx;
    Server server;
    try {
      ctx = new PortalContext(config);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
    try {
      server = new Server(ctx);
      server.start();
    } catch (RuntimeException e) {
      ctx.close();
      lock.close();
      throw e;
    }
    return new Portal(lock, ctx, server);
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

  /** Returns how many server sessions were opened since the start (tests: only a sign-in opens one). */
  int sessionsCreated() {
    return server.sessionsCreated();
  }

  /** Returns the claimed review items this instance finished at its start (tests: which instance resumed one). */
  java.util.List<org.govsite.review.ReviewItem> resumedAtStart() {
    return context.resumedAtStart;
  }

  /** Blocks until the portal stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops serving, closes the search index and releases the data directory. */
  @Override
  public synchronized void close() {
    try {
      server.close();
      context.close();
    } finally {
      lock.close();
    }
  }
}
