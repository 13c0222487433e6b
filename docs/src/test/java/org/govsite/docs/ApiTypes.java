package org.govsite.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public GovSite API types on the test class path, found by scanning it, so a guide's snippet
 * can say {@code Screener} without an import line and keeps compiling when a type moves package.
 * Internal packages ({@code …internal…}, {@code org.govsite.core.support}) are not API and are left
 * out; a simple name two API types share is left out too, and a block that uses it imports it.
 */
final class ApiTypes {
  private ApiTypes() {}

  /** The class path the tests run with (Surefire passes it apart from its own launcher jar). */
  static List<Path> classPath() {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> paths = new ArrayList<>();
    for (String entry : cp.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        paths.add(Path.of(entry));
      }
    }
    return paths;
  }

  /**
   * The imports a snippet gets, and the simple names left out because several API types share them.
   *
   * @param imports {@code import a.b.C;} for every API type whose simple name is unique, sorted
   * @param shared for each shared simple name, the types that have it
   */
  record Imports(List<String> imports, Map<String, List<String>> shared) {}

  /** Scans the class path for the API types. */
  static Imports scan(ClassLoader loader) {
    Map<String, List<String>> bySimpleName = new TreeMap<>();
    for (Path entry : classPath()) {
      for (String name : classNames(entry)) {
        if (isApi(name, loader)) {
          bySimpleName.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), k -> new ArrayList<>()).add(name);
        }
      }
    }
    List<String> imports = new ArrayList<>();
    Map<String, List<String>> shared = new TreeMap<>();
    bySimpleName.forEach((simple, names) -> {
      if (names.size() == 1) {
        imports.add("import " + names.get(0) + ";");
      } else {
        shared.put(simple, names.stream().sorted().toList());
      }
    });
    return new Imports(List.copyOf(imports), shared);
  }

  private static boolean isApi(String name, ClassLoader loader) {
    String pkg = name.substring(0, name.lastIndexOf('.'));
    if (!pkg.startsWith("org.govsite.") || pkg.contains(".internal") || pkg.equals("org.govsite.core.support")
        || pkg.equals(ApiTypes.class.getPackageName()) || name.endsWith(".package-info") || name.endsWith(".module-info")) {
      return false;
    }
    try {
      return Modifier.isPublic(Class.forName(name, false, loader).getModifiers());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Returns the names of the top-level classes in a class folder or jar. */
  private static List<String> classNames(Path entry) {
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(entry)) {
        try (Stream<Path> files = Files.walk(entry)) {
          files.map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/')).forEach(f -> add(f, names));
        }
      } else if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
        try (JarFile jar = new JarFile(entry.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            add(e.nextElement().getName(), names);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the class path entry " + entry, e);
    }
    return names;
  }

  private static void add(String file, List<String> names) {
    if (file.startsWith("org/govsite/") && file.endsWith(".class") && !file.contains("$")) {
      names.add(file.substring(0, file.length() - ".class".length()).replace('/', '.'));
    }
  }
}
