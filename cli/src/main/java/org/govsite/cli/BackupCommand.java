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

/** {@code govsite backup}: writes the portal data directory's H2 database to one file (数据备份). */
@API(status = INTERNAL, since = "0.1")
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Writes every table of a portal data directory's H2 database (letters, requests, history,",
        "number allocators) to one compressed SQL script (H2 SCRIPT … COMPRESSION ZIP), consistently.",
        "The search index is derived and not included. For PostgreSQL use pg_dump (see docs/portal.md).",
        "Exit 2 when the directory holds no portal database, a running portal holds it, or --to exists."})
public final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The portal's data directory.")
  Path data;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to write (a ZIP).")
  Path to;

  @Option(names = "--force", description = "Overwrite --to if it exists.")
  boolean force;

  @Override
  public Integer call() {
    long bytes = PortalBackups.backup(data, to, force);
    spec.commandLine().getOut().printf("govsite backup: %s -> %s (%d bytes)%n", data, to, bytes);
    return 0;
  }
}
