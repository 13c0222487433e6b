package org.govsite.architecture;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.interaction.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's module on the module path (模块路径): compiled with javax.tools against the built
 * org.govsite.core and org.govsite.interaction and the modules they require, then run with
 * {@code java --module-path ... -m consumer/...}. The other tests run on the class path, where
 * module-info is ignored; this one fails when an API package is not exported, a required module
 * is missing, or a package the modules read reflectively is not open.
 */
class ModulePathConsumerTest {
  private static final String MAIN = "consumer/org.govsite.consumer.Main";

  @Test
  void aConsumerModuleComputesAWorkingDayDeadlineAndAMailboxReplyDeadline(@TempDir Path dir) throws Exception {
    Path classes = compile(dir, "consumer", List.of("module-info.java", "org/govsite/consumer/Main.java"));

    Process java = new ProcessBuilder(javaLauncher(), "--module-path", modulePath() + File.pathSeparator + classes,
        "-m", MAIN).redirectErrorStream(true).start();
    String output = read(java.getInputStream());
    assertTrue(java.waitFor(2, TimeUnit.MINUTES), "the consumer did not finish:\n" + output);
    assertEquals(0, java.exitValue(), "the consumer failed on the module path:\n" + output);
    assertEquals(List.of(
        // 20 working days: 2025-10-09, 10, 11 (the make-up Saturday), 13..17, 20..24, 27..31, 11-03, 11-04
        "deadline 2025-11-04 provisional=false",
        // the standard policy's 5 working days for a consultation: 10-09, 10, 11, 13, 14
        "reply 2025-10-14 extended=false",
        "duplicates 1 of-first=true"), output.lines().toList());
  }

  @Test
  void aConsumerModuleCannotReadCoreSupport(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("org/govsite/intruder"));
    Files.writeString(src.resolve("module-info.java"), "module intruder { requires org.govsite.core; }\n");
    Files.writeString(src.resolve("org/govsite/intruder/Use.java"), """
        package org.govsite.intruder;

        final class Use {
          Object checked = org.govsite.core.support.Checks.notNull("x", "x");
        }
        """);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac().run(null, errors, errors, "--module-path", modulePath(), "--class-path", emptyClassPath(dir),
        "-d", dir.resolve("classes").toString(),
        src.resolve("module-info.java").toString(), src.resolve("org/govsite/intruder/Use.java").toString());
    String message = errors.toString(UTF_8);
    assertFalse(rc == 0, "org.govsite.core.support must be exported to GovSite modules only");
    assertTrue(message.contains("package org.govsite.core.support is declared in module org.govsite.core, which does not"
        + " export it to module intruder"), message);
  }

  /** Copies the consumer's sources out of the test resources and compiles them; returns the class folder. */
  private static Path compile(Path dir, String module, List<String> files) throws IOException {
    Path src = dir.resolve("src");
    List<String> args = new ArrayList<>(List.of("--module-path", modulePath(), "--class-path", emptyClassPath(dir),
        "-d", dir.resolve("classes").toString(), "-encoding", "UTF-8", "-Xlint:all"));
    for (String f : files) {
      Path target = src.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = ModulePathConsumerTest.class.getResourceAsStream("/" + module + "/" + f)) {
        assertNotNull(in, "test resource " + module + "/" + f);
        Files.copy(in, target);
      }
      args.add(target.toString());
    }
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac().run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    assertEquals(0, rc, "the consumer does not compile against the modules:\n" + diagnostics.toString(UTF_8));
    return dir.resolve("classes");
  }

  /** In-process javac would otherwise take this test's class path as the consumer's. */
  private static String emptyClassPath(Path dir) throws IOException {
    return Files.createDirectories(dir.resolve("no-class-path")).toString();
  }

  private static JavaCompiler javac() {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "the tests need a JDK, not a JRE");
    return javac;
  }

  private static String javaLauncher() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  /**
   * The built core and interaction modules, every module they require (transitively, leaving out
   * the optional 'requires static' ones and the JDK's own), and the H2 driver the consumer chose: as a user's build
   * tool would lay out their module path. Each module is taken from this test's class path.
   */
  static String modulePath() {
    Map<String, Path> available = classPathModules();
    Map<String, Path> chosen = new LinkedHashMap<>();
    Deque<ModuleDescriptor> todo = new ArrayDeque<>();
    for (Class<?> api : List.of(WorkingDayCalendar.class, Mailbox.class)) {
      Path location = location(api);
      ModuleDescriptor d = descriptor(location);
      assertFalse(d.isAutomatic(), d.name() + " at " + location + " has no module-info.class");
      chosen.put(d.name(), location);
      todo.add(d);
    }
    ModuleFinder jdk = ModuleFinder.ofSystem();
    while (!todo.isEmpty()) {
      ModuleDescriptor d = todo.remove();
      for (Requires r : d.requires()) {
        // 'requires static' is optional at run time, but javac wants 'static transitive' ones
        // (apiguardian's annotations) when it compiles a module that reads the API.
        boolean optional = r.modifiers().contains(Requires.Modifier.STATIC)
            && !r.modifiers().contains(Requires.Modifier.TRANSITIVE);
        if (optional || chosen.containsKey(r.name()) || jdk.find(r.name()).isPresent()) {
          continue;
        }
        Path p = available.get(r.name());
        if (p == null) {
          fail("module " + r.name() + ", required by " + d.name() + ", is not among the dependencies");
        }
        chosen.put(r.name(), p);
        todo.add(descriptor(p));
      }
    }
    // Not required by any module: java.sql's service loader finds the driver (service binding).
    Path h2 = available.get("com.h2database");
    assertNotNull(h2, "H2 is a runtime dependency of interaction");
    chosen.put("com.h2database", h2);
    return chosen.values().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /** Every module on the class path by name; the first of two with the same name wins, as in Maven's order. */
  private static Map<String, Path> classPathModules() {
    Map<String, Path> byName = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      boolean module = Files.isRegularFile(p) || Files.isRegularFile(p.resolve("module-info.class"));
      if (!module) {
        continue; // a class folder without module-info, such as this module's own classes
      }
      try {
        for (ModuleReference m : ModuleFinder.of(p).findAll()) {
          byName.putIfAbsent(m.descriptor().name(), p);
        }
      } catch (FindException e) {
        // a jar whose file name gives no legal module name: no module requires it
      }
    }
    return byName;
  }

  private static ModuleDescriptor descriptor(Path p) {
    return ModuleFinder.of(p).findAll().iterator().next().descriptor();
  }

  private static Path location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
