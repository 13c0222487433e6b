package org.govsite.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.govsite.cli.internal.PortalBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govsite restore}: replays a backup into a portal data directory (数据恢复). */
@API(status = INTERNAL, since = "0.1")
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Replays a file written by 'govsite backup' into a portal data directory (H2 RUNSCRIPT).",
        "Refuses a directory that holds anything unless --force; the portal rebuilds its search index at start.",
        "For PostgreSQL use pg_restore (see docs/portal.md).",
        "Exit 2 when --from is not a usable backup, the directory is not empty, or a running portal holds it."})
public final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "FILE", description = "A file written by 'govsite backup'.")
  Path from;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data directory to restore into.")
  Path data;

  @Option(names = "--force", description = "Replace the database (and the derived index) of a non-empty directory.")
  boolean force;

  @Override
  public Integer call() {
    PortalBackups.restore(from, data, force);
    spec.commandLine().getOut().printf("govsite restore: %s -> %s%n", from, data);
    return 0;
  }
}
