package org.govsite.cli.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.govsite.core.ErrorCategory;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.calendar.InputDates;
import org.govsite.core.support.DataFiles;
import org.govsite.core.json.GovSiteJson;
import picocli.CommandLine;

/** Shared wiring of the command line: converters, exit codes and one-line error messages. */
@API(status = INTERNAL, since = "0.1")
public final class Cli {
  /** Exit code for bad input, and for every failure the user can act on (see {@link #exitCode}). */
  public static final int BAD_INPUT = 2;
  /** Exit code for an unexpected internal error. */
  public static final int INTERNAL_ERROR = 3;

  private Cli() {}

  /** Returns a value as the indented JSON every command prints with {@code --json} (GovSiteJson's settings). */
  public static String json(Object value) {
    return GovSiteJson.writePretty(value);
  }

  /** Builds a configured command line for a root command. */
  public static CommandLine commandLine(Object root, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(root);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.registerConverter(LocalDate.class, Cli::parseDate);
    cmd.setParameterExceptionHandler((ex, args) -> {
      CommandLine failed = ex.getCommandLine();
      failed.getErr().println("govsite: " + ex.getMessage() + " (see: " + failed.getCommandSpec().qualifiedName() + " --help)");
      return BAD_INPUT;
    });
    cmd.setExecutionExceptionHandler((ex, failed, parseResult) -> {
      PrintWriter e = failed.getErr();
      int exit = ex instanceof GovSiteException g ? exitCode(g.category()) : INTERNAL_ERROR;
      if (exit == INTERNAL_ERROR) {
        String code = ex instanceof GovSiteException g ? " [" + g.code().name() + "]" : "";
        String what = ex instanceof GovSiteException ? ex.getMessage() : ex.toString();
        e.println(oneLine("govsite: internal error" + code + ": " + what));
      } else {
        e.println(oneLine("govsite: " + ex.getMessage()));
      }
      if (parseResult.originalArgs().contains("--verbose")) {
        ex.printStackTrace(e);
      }
      return exit;
    });
    return cmd;
  }

  /**
   * The exit code of a failure of a category, the one place the CLI decides it: 2 for everything
   * the user can act on (bad input, something not found, a conflict such as a taken port, a service
   * that is down: the message names it), 3 for an internal error.
   */
  public static int exitCode(ErrorCategory category) {
    return switch (category) {
      case BAD_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, CONTENT_REJECTED,
          TOO_MANY_REQUESTS, UNAVAILABLE -> BAD_INPUT;
      case INTERNAL -> INTERNAL_ERROR;
    };
  }

  // The contract is one line on standard error: a message that quotes a multi-line cause is folded.
  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static LocalDate parseDate(String s) {
    try {
      LocalDate day = LocalDate.parse(s);
      if (!InputDates.contains(day)) {
        // picocli prefixes the option's name: "Invalid value for option '--from': …".
        throw new CommandLine.TypeConversionException(InputDates.outOfRange(s));
      }
      return day;
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("不是有效日期 / not a valid yyyy-mm-dd date: '" + s + "'");
    }
  }

  /** Reads the version from the build. */
  @API(status = INTERNAL, since = "0.1")
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = DataFiles.bundled(Cli.class, "/org/govsite/cli/version.properties", (source, in) -> {
        Properties read = new Properties();
        read.load(in);
        return read;
      });
      return new String[] {"govsite " + p.getProperty("version", "unknown")};
    }
  }
}
