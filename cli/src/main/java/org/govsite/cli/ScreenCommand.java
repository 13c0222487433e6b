package org.govsite.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import org.govsite.cli.internal.Cli;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.DataFormatException;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.screening.Dictionary;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.HtmlScreeningResult;
import org.govsite.core.screening.MatchSettings;
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
@API(status = INTERNAL, since = "0.1")
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

  @Option(names = "--fold-width", paramLabel = "on|off", description = "Full-width forms as half-width (default on).")
  @Nullable String foldWidth;

  @Option(names = "--fold-case", paramLabel = "on|off", description = "Letters in lower case (default on).")
  @Nullable String foldCase;

  @Option(names = "--fold-styled", paramLabel = "on|off", description = "Styled digits and letters: ①, Ⓐ, ㈤ (default on).")
  @Nullable String foldStyled;

  @Option(names = "--fold-numerals", paramLabel = "on|off", description = "Numerals as digits: 三, 叁, ⑸ as 3 (default on).")
  @Nullable String foldNumerals;

  @Option(names = "--to-simplified", paramLabel = "on|off", description = "Traditional characters as simplified (default on).")
  @Nullable String toSimplified;

  @Option(names = "--noise", paramLabel = "on|off", description = "Skip noise characters inside a term: 法*轮 (default on).")
  @Nullable String noise;

  @Option(names = "--collapse-repeats", paramLabel = "on|off", description = "Collapse repeated characters: 赌赌博博 (default on).")
  @Nullable String collapseRepeats;

  @Option(names = "--word-boundary", paramLabel = "on|off",
      description = "A term starting or ending with a Latin letter or digit matches whole words only (default on).")
  @Nullable String wordBoundary;

  @Option(names = "--letter-digit-boundary", paramLabel = "on|off",
      description = "A digit next to a Latin letter is a word edge: av found in 1av2 (default off).")
  @Nullable String letterDigitBoundary;

  @Option(names = "--pinyin", paramLabel = "on|off", description = "Also find terms written in pinyin: falun, fl, fa轮 (default off).")
  @Nullable String pinyin;

  @Option(names = "--noise-gap", paramLabel = "N", description = "The longest run of noise characters inside a term, 0-32 (default 3).")
  @Nullable String noiseGap;

  @Parameters(index = "0", paramLabel = "<file|->", description = "The file to screen (UTF-8), or - for standard input.")
  String input;

  /**
   * The default {@code --max-input-bytes} of a text: it is streamed, so the limit is not the heap but
   * the offsets, UTF-16 indexes below 2^31; 1 GiB of UTF-8 stays below that.
   */
  static final long DEFAULT_MAX_INPUT_BYTES = 1L << 30;
  /** The default {@code --max-input-bytes} with {@code --html}: a page is parsed whole (jsoup), 16 MiB. */
  static final long DEFAULT_MAX_HTML_BYTES = 16L << 20;

  @Option(names = "--max-input-bytes", paramLabel = "N",
      description = "Refuse an input larger than N bytes (default 1073741824 for text, which is streamed; 16777216 with --html, parsed whole).")
  @Nullable Long maxInputBytes;

  @Override
  public Integer call() throws IOException {
    Dictionary dictionary = Dictionary.defaults();
    for (Path d : dictionaries) {
      dictionary = dictionary.plus(Dictionary.load(d));
    }
    for (Path a : allowLists) {
      dictionary = dictionary.plus(Dictionary.loadAllowList(a));
    }
    Screener screener = Screener.builder().dictionary(dictionary).settings(settings()).build();
    long limit = maxInputBytes != null ? maxInputBytes : html ? DEFAULT_MAX_HTML_BYTES : DEFAULT_MAX_INPUT_BYTES;
    if (limit < 1) {
      throw new InvalidInputException("--max-input-bytes", "须为正数 / must be positive: " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    ScreeningResult result;
    String name = input.equals("-") ? "<stdin>" : input;
    try (Reader reader = open(name, limit)) {
      if (html) {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        HtmlScreeningResult h = screener.screenHtml(text.toString());
        result = h.result();
        if (mask) {
          out.print(screener.mask(h.text()));
        } else if (json) {
          out.println(Cli.json(new ScreenJson(result.verdict(), result.findings(), Optional.of(h.text()))));
        }
      } else if (mask) {
        result = screener.mask(reader, Screener.DEFAULT_WINDOW_CHARS, out);
      } else {
        result = screener.screen(reader, Screener.DEFAULT_WINDOW_CHARS);
        if (json) {
          out.println(Cli.json(new ScreenJson(result.verdict(), result.findings(), Optional.empty())));
        }
      }
    } catch (CharacterCodingException e) {
      throw new DataFormatException(name, 0, "", "不是 UTF-8 文本 / not UTF-8 text");
    } catch (NoSuchFileException e) {
      throw new DataFormatException(name, 0, "", "文件不存在 / file not found", e);
    } catch (IOException e) {
      // A directory or an unreadable file is bad input (exit 2), not an internal error.
      throw new DataFormatException(name, 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
    out.flush();
    if (!mask && !json) {
      table(out, result);
    }
    return result.verdict() == Verdict.PASS ? 0 : 1;
  }

  /** The matching options given, named as in a dictionary's {@code #!} header; they override the dictionaries'. */
  private MatchSettings settings() {
    String[][] given = {{"fold-width", foldWidth}, {"fold-case", foldCase}, {"fold-styled", foldStyled},
        {"fold-numerals", foldNumerals}, {"to-simplified", toSimplified}, {"noise", noise},
        {"collapse-repeats", collapseRepeats}, {"word-boundary", wordBoundary},
        {"letter-digit-boundary", letterDigitBoundary}, {"pinyin", pinyin},
        {MatchSettings.NOISE_GAP, noiseGap}};
    MatchSettings settings = MatchSettings.none();
    for (String[] g : given) {
      if (g[1] != null) {
        try {
          settings = settings.with(g[0], g[1]);
        } catch (InvalidInputException e) {
          throw new InvalidInputException("--" + g[0], e.reason());
        }
      }
    }
    return settings;
  }

  /** Opens the input as strict UTF-8, refusing more than {@code limit} bytes with a TOO_LARGE error. */
  private Reader open(String name, long limit) throws IOException {
    if (!input.equals("-") && Files.isRegularFile(Path.of(input)) && Files.size(Path.of(input)) > limit) {
      // Refused before anything is read, so --mask never prints part of a file it then refuses.
      throw tooLarge(name, limit);
    }
    InputStream raw = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
    InputStream capped = new FilterInputStream(new BufferedInputStream(raw, 1 << 16)) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(Math.max(n, 0));
        return n;
      }

      private void count(int n) {
        count += n;
        if (count > limit) {
          throw tooLarge(name, limit); // standard input has no size: counted as it streams
        }
      }
    };
    return new InputStreamReader(capped, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private static GovSiteException tooLarge(String name, long limit) {
    return new GovSiteException(CoreErrorCode.TOO_LARGE, name + "：输入超过上限 " + limit + " 字节 / " + name
        + ": input larger than the limit of " + limit + " bytes (--max-input-bytes)");
  }

  /**
   * The {@code --json} output: the verdict, the findings in their one JSON shape (personal data
   * masked), and with {@code --html} the extracted text the offsets point into.
   */
  record ScreenJson(Verdict verdict, List<Finding> findings, @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> text) {}

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
