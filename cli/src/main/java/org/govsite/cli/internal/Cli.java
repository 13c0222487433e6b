package org.govsite.cli.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.apiguardian.api.API;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import picocli.CommandLine;

/** Shared wiring of the command line: converters, exit codes and one-line error messages. */
@API(status = INTERNAL, since = "0.1")
public final class Cli {
  /** Exit code for bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit code for an unexpected internal error. */
  public static final int INTERNAL_ERROR = 3;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Cli() {}

  /** Returns the shared JSON mapper for command output. */
  public static ObjectMapper json() {
    return JSON;
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
      boolean verbose = parseResult.originalArgs().contains("--verbose");
      PrintWriter e = failed.getErr();
      if (ex instanceof InvalidInputException) {
        e.println("govsite: " + ex.getMessage());
        if (verbose) {
          ex.printStackTrace(e);
        }
        return BAD_INPUT;
      }
      String code = ex instanceof GovSiteException g ? " [" + g.code() + "]" : "";
      e.println("govsite: internal error" + code + ": " + ex);
      if (verbose) {
        ex.printStackTrace(e);
      }
      return INTERNAL_ERROR;
    });
    return cmd;
  }

  private static LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("不是有效日期 / not a valid yyyy-mm-dd date: '" + s + "'");
    }
  }

  /** Reads the version from the build. */
  @API(status = INTERNAL, since = "0.1")
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Cli.class.getResourceAsStream("/org/govsite/cli/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"govsite " + p.getProperty("version", "unknown")};
    }
  }
}
