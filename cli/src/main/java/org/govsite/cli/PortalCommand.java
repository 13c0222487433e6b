package org.govsite.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apiguardian.api.API;
import org.govsite.cli.internal.Cli;
import org.govsite.examples.Portal;
import org.govsite.examples.PortalConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govsite portal}: runs the demo county portal (示例县级门户网站) until Ctrl-C. */
@API(status = INTERNAL, since = "0.1")
@Command(name = "portal", mixinStandardHelpOptions = true,
    description = {"Runs the demo county portal (某县人民政府门户网站) built from every GovSite module, until Ctrl-C.",
        "Settings: --config FILE (properties), then GOVSITE_PORTAL_* environment variables, then --port/--data.",
        "Exit 2 when the port is already in use or a setting is wrong."})
public final class PortalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080; 0 = any free port).")
  @Nullable Integer port;

  @Option(names = "--data", paramLabel = "DIR", description = "Data directory: H2 database and search index (default portal-data).")
  @Nullable Path data;

  @Option(names = "--config", paramLabel = "FILE", description = "A properties file with the portal's settings (see docs/portal.md).")
  @Nullable Path config;

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    PortalConfig c = PortalConfig.load(Optional.ofNullable(config), System.getenv());
    if (port != null) {
      c = c.withPort(port);
    }
    if (data != null) {
      c = c.withDataDir(data);
    }
    // A taken port is a conflict: one line and exit 2, like every error (Cli.exitCode).
    Portal portal = Portal.start(c);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      portal.close();
      stopped.countDown();
    }, "govsite-portal-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    spec.commandLine().getOut().printf("govsite portal: http://localhost:%d/ (data %s, started in %d ms; Ctrl-C stops it)%n",
        portal.port(), c.dataDir().toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
    spec.commandLine().getOut().flush();
    portal.join();
    stopped.await();
    return 0;
  }
}
