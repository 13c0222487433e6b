package org.govsite.docs;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.govsite.docs.Page.Fence;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.opentest4j.AssertionFailedError;

/**
 * Compiles and runs one block, and compares what it prints with the page's output block. Every
 * failure names the page, the block, the page's line and what went wrong.
 */
final class BlockRunner {
  /** A block that runs longer waits for something that never comes (a server's join(), standard input). */
  private static final long TIMEOUT_SECONDS = 180;

  private BlockRunner() {}

  /** Runs a block; throws an {@link AssertionError} that says where and why when it fails. */
  static void run(BlockSource source, Map<String, List<String>> sharedNames) throws Exception {
    Compiler.Result compiled = Compiler.compile(source.className(), source.code());
    if (!compiled.ok()) {
      throw new AssertionError(source.block().describe() + " does not compile:\n"
          + compiled.errors().stream().map(d -> describe(d, source, sharedNames)).collect(Collectors.joining("\n")));
    }
    Class<?> type = compiled.loader().loadClass(source.className());
    String printed = capture(source, type.getClassLoader(), () -> execute(source, type));
    if (source.block().output().isPresent()) {
      Fence shown = source.block().output().get();
      String expected = normalize(String.join("\n", shown.body()));
      String actual = normalize(printed);
      if (!expected.equals(actual)) {
        throw new AssertionFailedError(source.block().describe() + " prints other than the text block at line " + shown.line()
            + " shows:\n--- the page shows\n" + expected + "\n--- the block prints\n" + actual, expected, actual);
      }
    }
  }

  /** One compiler error: the page's line, javac's message, and the line as the page writes it. */
  private static String describe(Diagnostic<? extends JavaFileObject> d, BlockSource source, Map<String, List<String>> sharedNames) {
    int line = source.pageLine(d.getLineNumber());
    String message = d.getMessage(Locale.ROOT);
    StringBuilder b = new StringBuilder("  ");
    if (line > 0) {
      b.append("line ").append(line).append(": ").append(message.replace("\n", "\n    "));
      b.append("\n    > ").append(source.block().page().lines().get(line - 1).strip());
    } else {
      b.append("in the lines the runner adds (imports, the class around a snippet): ").append(message.replace("\n", "\n    "));
    }
    for (Map.Entry<String, List<String>> e : sharedNames.entrySet()) {
      if (message.contains("cannot find symbol") && message.contains("class " + e.getKey() + "\n")) {
        b.append("\n    (").append(e.getKey()).append(" is the name of several GovSite types, ").append(String.join(", ", e.getValue()))
            .append(": import the one you mean)");
      }
    }
    return b.toString();
  }

  private interface Body {
    void run() throws Throwable;
  }

  /**
   * Runs the body on a thread of its own (so a block that never ends fails instead of hanging the
   * build) with the block's classes as context class loader, and returns what it printed.
   */
  private static String capture(BlockSource source, ClassLoader loader, Body body) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    ExecutorService thread = Executors.newSingleThreadExecutor();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      Future<?> run = thread.submit(() -> {
        Thread.currentThread().setContextClassLoader(loader);
        try {
          body.run();
        } catch (Throwable t) {
          throw new Thrown(t);
        }
        return null;
      });
      try {
        run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        run.cancel(true);
        throw new AssertionError(source.block().describe() + " did not finish within " + TIMEOUT_SECONDS
            + " s: does it wait for Ctrl-C, a server's join() or standard input?");
      } catch (ExecutionException e) {
        Throwable t = e.getCause() instanceof Thrown thrown ? thrown.getCause() : e.getCause();
        if (t instanceof BlockFailure f) {
          throw f;
        }
        throw new BlockFailure(source.block().describe() + lineOf(t, source) + ": " + t, t);
      }
    } finally {
      System.out.flush();
      System.setOut(original);
      thread.shutdownNow();
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** Carries whatever the block threw through the executor. */
  private static final class Thrown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Thrown(Throwable cause) {
      super(cause);
    }
  }

  /** A block failed at run time: the message names the page's line, the cause is what the block threw. */
  static final class BlockFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    BlockFailure(String message, Throwable cause) {
      super(message, cause);
    }

    BlockFailure(String message) {
      super(message);
    }
  }

  /** Returns {@code ", line N"} for the deepest frame of the block's own code in the throwable or its causes. */
  private static String lineOf(Throwable t, BlockSource source) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      for (StackTraceElement frame : c.getStackTrace()) {
        String cls = frame.getClassName();
        if (cls.equals(source.className()) || cls.startsWith(source.className() + "$")) {
          int line = source.pageLine(frame.getLineNumber());
          if (line > 0) {
            return ", line " + line;
          }
        }
      }
    }
    return "";
  }

  private static void execute(BlockSource source, Class<?> type) throws Throwable {
    if (!source.wholeClass()) {
      invoke(type.getMethod(BlockSource.SNIPPET_METHOD));
      return;
    }
    try {
      Method main = type.getDeclaredMethod("main", String[].class);
      if (Modifier.isStatic(main.getModifiers())) {
        main.setAccessible(true);
        invoke(main, (Object) new String[0]);
        return;
      }
    } catch (NoSuchMethodException e) {
      // not a program: perhaps a test class
    }
    if (!hasJUnitMethods(type)) {
      throw new BlockFailure(source.block().describe() + " is a whole class with neither a static main(String[]) nor JUnit"
          + " test methods: there is nothing to run");
    }
    runTests(source, type);
  }

  private static void invoke(Method m, Object... args) throws Throwable {
    try {
      m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static boolean hasJUnitMethods(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        for (Annotation a : m.getAnnotations()) {
          if (a.annotationType().getName().startsWith("org.junit.jupiter.api.")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Runs a JUnit 5 test class with the Jupiter engine; every test must pass, none may be skipped. */
  private static void runTests(BlockSource source, Class<?> type) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(type))
        .filters(org.junit.platform.launcher.EngineFilter.includeEngines("junit-jupiter"))
        .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTestsFoundCount() == 0) {
      throw new BlockFailure(source.block().describe() + ": JUnit found no test in " + type.getName());
    }
    if (summary.getTotalFailureCount() > 0) {
      StringBuilder b = new StringBuilder(source.block().describe() + ": " + summary.getTotalFailureCount() + " of "
          + summary.getTestsFoundCount() + " tests of " + type.getName() + " failed");
      Throwable first = null;
      for (TestExecutionSummary.Failure f : summary.getFailures()) {
        Throwable t = f.getException();
        b.append("\n  ").append(f.getTestIdentifier().getDisplayName()).append(lineOf(t, source)).append(": ").append(t);
        first = first == null ? t : first;
      }
      throw new BlockFailure(b.toString(), first);
    }
    if (summary.getTestsSkippedCount() + summary.getTestsAbortedCount() > 0) {
      throw new BlockFailure(source.block().describe() + ": " + (summary.getTestsSkippedCount() + summary.getTestsAbortedCount())
          + " tests of " + type.getName() + " were skipped or aborted; a guide's test must run");
    }
  }

  /** Trailing spaces and trailing empty lines do not count. */
  private static String normalize(String text) {
    return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).stripTrailing();
  }
}
