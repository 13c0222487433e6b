package org.govsite.docs;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import org.govsite.docs.Page.JavaBlock;

/**
 * The Java source made from a guide's block, with a map from its lines back to the page's.
 *
 * <p>A block is one of two kinds:
 *
 * <ul>
 *   <li><b>a whole class</b> (it parses as a compilation unit declaring a type): compiled as it
 *       stands, with its own imports, and run through its {@code main} method or, when it has
 *       {@code @Test} methods, as a JUnit 5 test class;
 *   <li><b>a snippet</b> (statements, local records and classes): import lines at its top stay
 *       imports, the rest becomes the body of a method, and it compiles with these imports on top:
 *       every GovSite API type ({@link ApiTypes}), {@code java.util.*}, {@code java.time.*},
 *       {@code java.nio.file.*} and JUnit's {@code Assertions.*}. A statement whose line ends with
 *       {@code // => text} is checked: the value of the expression (or of the variable declared)
 *       must print as {@code text}.
 * </ul>
 *
 * @param block the block
 * @param className the name of the class to run
 * @param code the Java source
 * @param pageLines for each line of {@code code} (0-based), the page's line number, 0 for lines the runner added
 * @param wholeClass whether the block is a whole class
 */
record BlockSource(JavaBlock block, String className, String code, int[] pageLines, boolean wholeClass) {
  /** The class a snippet becomes. */
  static final String SNIPPET_CLASS = "DocsSnippet";
  static final String SNIPPET_METHOD = "run";

  private static final Pattern IMPORT = Pattern.compile("\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*(//.*)?");
  private static final Pattern EXPECTATION = Pattern.compile("//\\s*=>\\s?(.*)$");
  private static final List<String> DEFAULT_IMPORTS = List.of("import java.util.*;", "import java.time.*;", "import java.nio.file.*;",
      "import static org.junit.jupiter.api.Assertions.*;");

  /** Returns the page's line number for a line (1-based) of the source, or 0 for one the runner added. */
  int pageLine(long sourceLine) {
    return sourceLine >= 1 && sourceLine <= pageLines.length ? pageLines[(int) sourceLine - 1] : 0;
  }

  /** Makes the source of a block. */
  static BlockSource of(JavaBlock block, List<String> apiImports) {
    List<String> lines = block.fence().body();
    int first = block.fence().firstBodyLine();
    String verbatim = String.join("\n", lines) + "\n";
    Parsed unit = parse(verbatim);
    if (!unit.typeName().isEmpty()) {
      int[] map = new int[lines.size() + 1];
      for (int i = 0; i < map.length; i++) {
        map[i] = i < lines.size() ? first + i : 0;
      }
      return new BlockSource(block, unit.typeName(), verbatim, map, true);
    }
    List<String> out = new ArrayList<>();
    List<Integer> map = new ArrayList<>();
    int bodyStart = 0;
    // Leading import lines (blank lines and comments may stand between them) stay imports.
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (IMPORT.matcher(lines.get(i)).matches()) {
        out.add(lines.get(i));
        map.add(first + i);
        bodyStart = i + 1;
      } else if (!l.isEmpty() && !l.startsWith("//")) {
        break;
      }
    }
    out.add(String.join(" ", DEFAULT_IMPORTS) + " " + String.join(" ", apiImports));
    map.add(0);
    out.add("public final class " + SNIPPET_CLASS + " { public static void " + SNIPPET_METHOD + "() throws Throwable {");
    map.add(0);
    for (int i = bodyStart; i < lines.size(); i++) {
      out.add(lines.get(i));
      map.add(first + i);
    }
    out.add("}}");
    map.add(0);
    int[] pageLines = map.stream().mapToInt(Integer::intValue).toArray();
    String code = String.join("\n", out) + "\n";
    return new BlockSource(block, SNIPPET_CLASS, withExpectations(code, pageLines, block), pageLines, false);
  }

  /** A parsed source; {@code typeName} is its first type's name when it is a whole class, "" when not. */
  private record Parsed(String typeName, CompilationUnitTree tree, SourcePositions positions) {}

  /** Parses a source without compiling it. */
  private static Parsed parse(String code) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = Compiler.parseTask(code, diagnostics);
    try {
      CompilationUnitTree tree = task.parse().iterator().next();
      boolean errors = diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
      String type = "";
      if (!errors) {
        for (Tree t : tree.getTypeDecls()) {
          if (t instanceof ClassTree c) {
            type = c.getSimpleName().toString();
            break;
          }
        }
      }
      return new Parsed(type, tree, Trees.instance(task).getSourcePositions());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Rewrites every statement that ends on a line with {@code // => text} so that it checks its
   * value: {@code expr;} becomes {@code Expected.that(expr, …);}, a declaration is followed by a
   * check of its variable. Edits stay on their lines, so the line map still holds.
   */
  private static String withExpectations(String code, int[] pageLines, JavaBlock block) {
    String[] lines = code.split("\n", -1);
    Map<Long, String> expected = new TreeMap<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECTATION.matcher(lines[i]);
      if (pageLines.length > i && pageLines[i] > 0 && m.find()) {
        expected.put((long) i + 1, m.group(1).strip());
      }
    }
    if (expected.isEmpty()) {
      return code;
    }
    Parsed parsed = parse(code);
    LineMap lineMap = parsed.tree().getLineMap();
    TreeMap<Long, String> inserts = new TreeMap<>();
    Map<Long, Boolean> matched = new TreeMap<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitExpressionStatement(ExpressionStatementTree node, Void v) {
        long end = parsed.positions().getEndPosition(parsed.tree(), node);
        long line = lineMap.getLineNumber(end);
        if (expected.containsKey(line) && getCurrentPath().getParentPath().getLeaf() instanceof BlockTree) {
          long start = parsed.positions().getStartPosition(parsed.tree(), node.getExpression());
          long exprEnd = parsed.positions().getEndPosition(parsed.tree(), node.getExpression());
          String text = code.substring((int) start, (int) exprEnd).replaceAll("\\s+", " ");
          inserts.put(start, "org.govsite.docs.Expected.that(");
          inserts.put(exprEnd, ", " + literal(text) + ", " + literal(expected.get(line)) + ")");
          matched.put(line, true);
        }
        return super.visitExpressionStatement(node, v);
      }

      @Override
      public Void visitVariable(VariableTree node, Void v) {
        long end = parsed.positions().getEndPosition(parsed.tree(), node);
        long line = lineMap.getLineNumber(end);
        if (expected.containsKey(line) && getCurrentPath().getParentPath().getLeaf() instanceof BlockTree) {
          String name = node.getName().toString();
          inserts.put(end, " org.govsite.docs.Expected.that(" + name + ", " + literal(name) + ", " + literal(expected.get(line)) + ");");
          matched.put(line, true);
        }
        return super.visitVariable(node, v);
      }
    }.scan(parsed.tree(), null);
    for (long line : expected.keySet()) {
      if (!matched.containsKey(line)) {
        throw new AssertionError(block.describe() + ", line " + pageLines[(int) line - 1]
            + ": a `// =>` comment must end a statement (an expression or a variable declaration) on its line:\n    "
            + lines[(int) line - 1].strip());
      }
    }
    StringBuilder b = new StringBuilder(code);
    for (Map.Entry<Long, String> e : inserts.descendingMap().entrySet()) {
      b.insert((int) (long) e.getKey(), e.getValue());
    }
    return b.toString();
  }

  private static String literal(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
