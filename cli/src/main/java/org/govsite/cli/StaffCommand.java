package org.govsite.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.examples.PortalConfig;
import org.govsite.examples.StaffAccounts;
import org.govsite.examples.StaffRole;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govsite staff}: the demo portal's staff accounts (工作人员账号). */
@API(status = INTERNAL, since = "0.1")
@Command(name = "staff", mixinStandardHelpOptions = true,
    description = {"The demo portal's staff accounts (工作人员账号): add one, list them.",
        "Run while the portal is stopped: both take the data directory's lock (exit 2 when a portal holds it)."},
    subcommands = {StaffCommand.Add.class, StaffCommand.ListAccounts.class})
public final class StaffCommand extends CommandGroup {

  /** The data directory and settings file, as {@code govsite portal} takes them. */
  static PortalConfig config(Path data, @Nullable Path config) {
    return PortalConfig.load(Optional.ofNullable(config), System.getenv()).withDataDir(data);
  }

  /** {@code govsite staff add NAME --role ROLE … --data DIR}: the password comes from standard input. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Adds a staff account; reads its password from standard input (the first line; never an option,",
          "which other users could read in the process list). The password is stored as a bcrypt hash.",
          "Roles: editor, reviewer, approver, secrecy, mailbox, admin.",
          "Exit 2 for an unknown role, a password under 12 characters, a taken name or a running portal."})
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "NAME", description = "The account name: letters, digits, '.', '_', '-'.") String name;
    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "A role; repeat for several.") List<String> roles;
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The portal's data directory.") Path data;
    @Option(names = "--config", paramLabel = "FILE", description = "The portal's settings file (for a PostgreSQL database).")
    @Nullable Path config;

    @Override
    public Integer call() throws IOException {
      roles.forEach(StaffRole::ofCode); // an unknown role is refused before the password is asked for
      String password = readPassword();
      StaffAccounts.add(config(data, config), name, roles, password);
      spec.commandLine().getOut().printf("govsite staff: 已添加 / added %s (%s)%n", name.strip(), String.join(", ", roles));
      return 0;
    }

    private static String readPassword() throws IOException {
      Console console = System.console();
      if (console != null) {
        char[] typed = console.readPassword("密码 / password: ");
        return typed == null ? "" : new String(typed);
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      if (line == null || line.isEmpty()) {
        throw new InvalidInputException("password", "标准输入中没有密码 / no password on standard input");
      }
      return line;
    }
  }

  /** {@code govsite staff list --data DIR}: names and roles, never hashes. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the staff accounts: names and roles (never password hashes).")
  static final class ListAccounts implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The portal's data directory.") Path data;
    @Option(names = "--config", paramLabel = "FILE", description = "The portal's settings file (for a PostgreSQL database).")
    @Nullable Path config;

    @Override
    public Integer call() {
      for (StaffAccounts.Listed a : StaffAccounts.list(config(data, config))) {
        spec.commandLine().getOut().printf("%s\t%s%n", a.name(),
            String.join(",", a.roles().stream().sorted().map(StaffRole::code).toList()));
      }
      return 0;
    }
  }
}
