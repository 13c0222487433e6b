package org.govsite.examples;

import java.util.Optional;

/**
 * The portal as {@link PortalCrashTest} runs it in a child JVM: settings from the
 * {@code GOVSITE_PORTAL_*} environment (as {@code govsite portal} reads them), then one line
 * {@code listening <port>} on standard output so that the parent learns the port (0 = any free
 * port). A SIGTERM closes the portal; a SIGKILL, which is the point of the test, closes nothing.
 */
final class CrashPortalMain {
  /** The line the parent waits for, followed by the port. */
  static final String LISTENING = "listening ";

  private CrashPortalMain() {}

  public static void main(String[] args) throws InterruptedException {
    Portal portal = Portal.start(PortalConfig.load(Optional.empty(), System.getenv()));
    Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "crash-portal-shutdown"));
    System.out.println(LISTENING + portal.port());
    System.out.flush();
    portal.join();
  }
}
