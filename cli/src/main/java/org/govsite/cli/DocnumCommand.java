package org.govsite.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.govsite.cli.internal.Cli;
import org.govsite.core.identifiers.DocumentNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govsite docnum}: 发文字号 against GB/T 9704-2012 §7.2.5, and 令号 (§10.2) told apart. */
@API(status = INTERNAL, since = "0.1")
@Command(
    name = "docnum",
    mixinStandardHelpOptions = true,
    description = "Document numbers (发文字号, GB/T 9704-2012 §7.2.5).",
    subcommands = {DocnumCommand.Check.class})
public final class DocnumCommand extends CommandGroup {

  /** {@code govsite docnum check "<发文字号>" [--json]}. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Prints 'ok', or each fault and the corrected form; a 令号 (国令第707号) is named as such first.",
          "Exit 0 if valid, 1 if faulty, 2 if unparseable.",
          "JSON fields: input, valid, parseable, faults (codes), descriptions, corrected (null when unparseable),",
          "kind (document-number, decree-number, unrecognised), message."})
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "<发文字号>", description = "The document number, e.g. 国办发〔2014〕57号.") String text;
    @Option(names = "--json", description = "Print a JSON object instead of text.") boolean json;

    @Override
    public Integer call() {
      DocumentNumber.Check c = DocumentNumber.check(text);
      DocumentNumber.Kind kind = c.kind();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Cli.json(new CheckJson(text, c.wellFormed(), c.recognised(), c.faults().stream().map(DocumentNumber.Fault::code).toList(),
            c.faults().stream().map(DocumentNumber.Fault::description).toList(), c.standardForm(), kind.code(), kind.message())));
      } else if (c.recognised()) {
        if (kind == DocumentNumber.Kind.DECREE_NUMBER) {
          out.println(kind.code() + ": " + kind.message());
        }
        if (c.wellFormed()) {
          out.println("ok");
        } else {
          c.faults().forEach(f -> out.println("fault: " + f.code() + " " + f.description()));
          out.println("corrected: " + c.standardForm().orElseThrow());
        }
      }
      if (!c.recognised()) {
        spec.commandLine().getErr().println("govsite: docnum: " + kind.message() + ": '" + text + "'");
        return Cli.BAD_INPUT;
      }
      return c.wellFormed() ? 0 : 1;
    }
  }

  /**
   * The JSON of {@code check}: {@code valid}, {@code parseable} and {@code corrected} speak of the
   * number of {@code kind} read (a 发文字号 or a 令号); {@code corrected} is {@code null} when the input
   * is unparseable; {@code message} says what {@code kind} means, in Chinese and English.
   */
  record CheckJson(String input, boolean valid, boolean parseable, List<String> faults, List<String> descriptions,
      Optional<String> corrected, String kind, String message) {}
}
