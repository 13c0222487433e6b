package org.govsite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.govsite.cli.internal.Cli;
import org.govsite.core.DataFormatException;
import org.govsite.core.screening.Dictionary;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.HtmlScreeningResult;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.ScreeningResult;
import org.govsite.core.screening.Verdict;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code govsite screen}: sensitive-content and personal-data screening (错敏信息检查). */
@Command(name = "screen", mixinStandardHelpOptions = true,
    description = {"Screens a text (or an HTML page) for wording errors, classification marks, dictionary terms and personal data.",
        "Prints the findings as a table; --json prints {verdict, findings[{rule, category, severity, start, end, text, suggestion}]}",
        "with UTF-16 offsets into the input as read (for --html: into the extracted text, also printed as \"text\").",
        "--mask prints the text with every finding masked instead.",
        "Exit code: 0 pass, 1 review or block, 2 bad input."})
public final class ScreenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dict", paramLabel = "FILE",
      description = "A dictionary added to the defaults: term<TAB>category<TAB>severity[<TAB>suggestion], or .json (repeatable).")
  List<Path> dictionaries = new ArrayList<>();

  @Option(names = "--allow", paramLabel = "FILE", description = "An allow-list, one phrase per line (repeatable).")
  List<Path> allowLists = new ArrayList<>();

  @Option(names = "--html", description = "The input is HTML: screen its title, visible text and alt/title attributes.")
  boolean html;

  @Option(names = "--json", description = "Print a JSON object instead of a table.")
  boolean json;

  @Option(names = "--mask", description = "Print the text with every finding masked (personal data as 138****1234).")
  boolean mask;

  @Parameters(index = "0", paramLabel = "<file|->", description = "The file to screen (UTF-8), or - for standard input.")
  String input;

  @Override
  public Integer call() throws IOException {
    Dictionary dictionary = Dictionary.defaults();
    for (Path d : dictionaries) {
      dictionary = dictionary.plus(Dictionary.load(d));
    }
    for (Path a : allowLists) {
      dictionary = dictionary.plus(Dictionary.loadAllowList(a));
    }
    Screener screener = Screener.builder().dictionary(dictionary).build();
    String text = read();
    PrintWriter out = spec.commandLine().getOut();
    ScreeningResult result;
    String screened = text;
    if (html) {
      HtmlScreeningResult h = screener.screenHtml(text);
      result = h.result();
      screened = h.text();
    } else {
      result = screener.screen(text);
    }
    if (mask) {
      out.print(screener.mask(screened));
      out.flush();
    } else if (json) {
      out.println(json(result, html ? screened : null));
    } else {
      table(out, result);
    }
    return result.verdict() == Verdict.PASS ? 0 : 1;
  }

  private String read() throws IOException {
    byte[] bytes;
    String name = input.equals("-") ? "<stdin>" : input;
    try {
      if (input.equals("-")) {
        try (InputStream in = System.in) {
          bytes = in.readAllBytes();
        }
      } else {
        bytes = Files.readAllBytes(Path.of(input));
      }
    } catch (NoSuchFileException e) {
      throw new DataFormatException(name, 0, "", "文件不存在 / file not found", e);
    } catch (IOException e) {
      // A directory or an unreadable file is bad input (exit 2), not an internal error.
      throw new DataFormatException(name, 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DataFormatException(name, 0, "", "不是 UTF-8 文本 / not UTF-8 text");
    }
  }

  private static String json(ScreeningResult result, @Nullable String htmlText) throws JsonProcessingException {
    ObjectNode o = Cli.json().createObjectNode();
    o.put("verdict", result.verdict().id());
    ArrayNode findings = o.putArray("findings");
    for (Finding f : result.findings()) {
      findings.add(Cli.json().valueToTree(f.toJsonMap()));
    }
    if (htmlText != null) {
      o.put("text", htmlText);
    }
    return Cli.json().writeValueAsString(o);
  }

  private static void table(PrintWriter out, ScreeningResult result) {
    out.println("verdict: " + result.verdict().id() + " (" + result.findings().size() + " findings)");
    if (result.findings().isEmpty()) {
      return;
    }
    out.printf("%-7s %-7s %-8s %-14s %-20s %s%n", "start", "end", "severity", "category", "text", "suggestion");
    for (Finding f : result.findings()) {
      out.printf("%-7d %-7d %-8s %-14s %-20s %s%n", f.start(), f.end(), f.severity().id(), f.category().id(),
          f.displayText().replace('\n', ' '), f.suggestion().orElse(""));
    }
  }
}
