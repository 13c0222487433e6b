package org.govsite.docs;

import com.sun.source.util.JavacTask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles a source in memory against the test class path and loads the classes it makes. */
final class Compiler {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
  private static final List<String> OPTIONS = List.of("-proc:none", "-g", "-Xlint:none", "-encoding", "UTF-8");
  private static StandardJavaFileManager files;

  private Compiler() {}

  /** What a compilation gave: the loaded classes' loader, or the errors. */
  record Result(ClassLoader loader, List<Diagnostic<? extends JavaFileObject>> errors) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  /** One file manager for every block: it indexes the class path's jars once. */
  private static synchronized StandardJavaFileManager files() {
    if (files == null) {
      files = JAVAC.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
      try {
        files.setLocationFromPaths(StandardLocation.CLASS_PATH, ApiTypes.classPath());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** A task that only parses (for telling a whole class from a snippet, and finding {@code // =>} statements). */
  static JavacTask parseTask(String code, DiagnosticCollector<JavaFileObject> diagnostics) {
    return (JavacTask) JAVAC.getTask(null, files(), diagnostics, OPTIONS, null, List.of(new Source("Parsed", code)));
  }

  /** Compiles one source whose main class is {@code className}; classes load with the test's class loader as parent. */
  static Result compile(String className, String code) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    JavaFileManager memory = new ForwardingJavaFileManager<>(files()) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            classes.put(name, out);
            return out;
          }
        };
      }
    };
    boolean ok = JAVAC.getTask(null, memory, diagnostics, OPTIONS, null, List.of(new Source(className, code))).call();
    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    if (!ok && errors.isEmpty()) {
      throw new IllegalStateException("javac failed without an error: " + diagnostics.getDiagnostics());
    }
    ClassLoader loader = new ClassLoader(Compiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] b = bytes.toByteArray();
        return defineClass(name, b, 0, b.length);
      }
    };
    return new Result(loader, errors);
  }

  /** A source held in memory under the name of its class. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("mem:///" + className + JavaFileObject.Kind.SOURCE.extension), JavaFileObject.Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
