package org.govsite.cli;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.PrintWriter;
import org.apiguardian.api.API;
import org.govsite.cli.internal.Cli;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code govsite} command (命令行工具): one subcommand per capability.
 *
 * <p>Exit codes: 0 success; 1 a check that ran and found a fault (where a subcommand says so);
 * 2 bad input, something not found, a conflict or a service that is down, with a one-line message;
 * 3 an unexpected internal error (see {@link Cli#exitCode}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Command(
    name = "govsite",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    description = "GovSite: building blocks for Chinese government websites (政府网站).",
    subcommands = {WorkdaysCommand.class, ScreenCommand.class, FreshnessCommand.class, DocnumCommand.class,
        DisclosureCommand.class, MailboxCommand.class, SearchCommand.class, AuditCommand.class, MonitorCommand.class,
        PortalCommand.class, StaffCommand.class, BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class GovSiteCommand extends CommandGroup {
  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return Cli.commandLine(new GovSiteCommand(), out, err).execute(args);
  }

}
