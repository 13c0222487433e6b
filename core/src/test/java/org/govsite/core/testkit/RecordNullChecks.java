package org.govsite.core.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.Deadline;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.identifiers.DocumentNumber;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.site.Site;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicNode;

/**
 * The null policy of GovSite's public records, checked on every one of them: a null component is
 * rejected with an {@link InvalidInputException} naming that component, unless the component is
 * declared {@code @Nullable} (then null is kept) or the record documents that null means a default.
 *
 * <p>Each module's test lists nothing by hand: the records are found in the module's compiled API
 * packages (every package but {@code …internal} and {@code core.support}), and a valid instance of
 * each is made from simple values (empty collections, {@code Optional.empty()}, the first enum
 * constant, records made the same way, a few core values). A module supplies an instance only
 * where those values are not valid input. Shared with the other modules' tests through core's test jar.
 */
public final class RecordNullChecks {
  private final Class<?> anchor;
  private final Map<Class<?>, Supplier<?>> instances = new HashMap<>();
  private final Set<String> defaulted = new TreeSet<>();

  private RecordNullChecks(Class<?> anchor) {
    this.anchor = anchor;
    // Core values every module's records hold.
    with(WebsiteCode.class, () -> WebsiteCode.parse("4311230001"));
    with(DocumentNumber.class, () -> new DocumentNumber("国办发", 2014, 57));
    with(Site.class, () -> Site.builder("某县人民政府门户网站", WebsiteCode.parse("4311230001")).build());
    with(Deadline.class, () -> WorkingDayCalendar.official().addWorkingDays(LocalDate.of(2024, 1, 2), 5));
  }

  /** Checks the public records compiled beside {@code anchor}, a main class of the module under test. */
  public static RecordNullChecks of(Class<?> anchor) {
    return new RecordNullChecks(anchor);
  }

  /** Uses {@code instance} wherever a value of {@code type} is needed. */
  public <T> RecordNullChecks with(Class<T> type, Supplier<? extends T> instance) {
    instances.put(type, instance);
    return this;
  }

  /** Declares that null is accepted for {@code component} of {@code record} and means a default. */
  public RecordNullChecks nullMeansDefault(Class<? extends Record> record, String... components) {
    for (String c : components) {
      defaulted.add(record.getName() + "." + c);
    }
    return this;
  }

  /** Returns one container per public record, one test per reference-typed component. */
  public Stream<DynamicNode> tests() {
    List<Class<?>> records = publicRecords();
    if (records.isEmpty()) {
      fail("no public record found beside " + anchor.getName());
    }
    return records.stream().map(r -> dynamicContainer(r.getName(), componentTests(r)));
  }

  /** Returns the public records (nested ones too) in the API packages of the anchor's module. */
  public List<Class<?>> publicRecords() {
    Path classes;
    try {
      classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(classes)) {
      List<Class<?>> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (name.contains(".internal.") || name.startsWith("org.govsite.core.support.") || name.endsWith("package-info") || name.equals("module-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, anchor.getClassLoader());
        if (c.isRecord() && isPublic(c)) {
          out.add(c);
        }
      }
      out.sort(Comparator.comparing(Class::getName));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private Stream<DynamicNode> componentTests(Class<?> record) {
    RecordComponent[] components = record.getRecordComponents();
    List<DynamicNode> tests = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      if (c.getType().isPrimitive()) {
        continue;
      }
      int index = i;
      String key = record.getName() + "." + c.getName();
      tests.add(dynamicTest(c.getName(), () -> {
        Object[] args = valuesOf(sample(record), components);
        args[index] = null;
        if (c.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
          Object made = construct(record, components, args);
          assertNull(c.getAccessor().invoke(made), key + ": a @Nullable component keeps null");
        } else if (defaulted.contains(key)) {
          Object made = construct(record, components, args);
          assertNotNull(c.getAccessor().invoke(made), key + ": null is replaced by its default");
        } else {
          InvalidInputException e = assertThrows(InvalidInputException.class, () -> construct(record, components, args),
              key + ": a null component is rejected as bad input");
          // A part of a larger value may be named by its path, e.g. attachments.url.
          assertTrue(e.field().equals(c.getName()) || e.field().endsWith("." + c.getName()),
              key + ": the exception names the component, not '" + e.field() + "'");
        }
      }));
    }
    if (tests.isEmpty()) {
      tests.add(dynamicTest("has no reference-typed component", () -> { }));
    }
    return tests.stream();
  }

  private static Object[] valuesOf(Object record, RecordComponent[] components) throws ReflectiveOperationException {
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getAccessor().invoke(record);
    }
    return values;
  }

  private static Object construct(Class<?> record, RecordComponent[] components, Object[] args) throws Throwable {
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    Constructor<?> canonical = record.getDeclaredConstructor(types);
    canonical.setAccessible(true);
    try {
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** A valid value of {@code type}: a supplied instance, a simple value, or a record made of such values. */
  private Object sample(Class<?> type) throws Throwable {
    Supplier<?> given = instances.get(type);
    if (given != null) {
      return given.get();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        args[i] = sample(components[i].getType());
      }
      try {
        return construct(type, components, args);
      } catch (InvalidInputException e) {
        throw new AssertionError("no valid sample of " + type.getName() + " from simple values (" + e.getMessage()
            + "): supply one with with(" + type.getSimpleName() + ".class, …)", e);
      }
    }
    Object simple = simple(type);
    if (simple == null) {
      throw new AssertionError("no sample of " + type.getName() + ": supply one with with(" + type.getSimpleName() + ".class, …)");
    }
    return simple;
  }

  private static Object simple(Class<?> type) {
    if (type == String.class) {
      return "a";
    } else if (type == int.class || type == Integer.class) {
      return 1;
    } else if (type == long.class || type == Long.class) {
      return 1L;
    } else if (type == double.class || type == Double.class) {
      return 1.0;
    } else if (type == float.class || type == Float.class) {
      return 1.0f;
    } else if (type == boolean.class || type == Boolean.class) {
      return false;
    } else if (type == char.class || type == Character.class) {
      return 'a';
    } else if (type == SortedSet.class) {
      return new TreeSet<>();
    } else if (type == Set.class) {
      return Set.of();
    } else if (type == List.class || type == Collection.class) {
      return List.of();
    } else if (type == Map.class) {
      return Map.of();
    } else if (type == Optional.class) {
      return Optional.empty();
    } else if (type == OptionalInt.class) {
      return OptionalInt.empty();
    } else if (type == OptionalLong.class) {
      return OptionalLong.empty();
    } else if (type == OptionalDouble.class) {
      return OptionalDouble.empty();
    } else if (type == LocalDate.class) {
      return LocalDate.of(2024, 1, 2);
    } else if (type == LocalDateTime.class) {
      return LocalDateTime.of(2024, 1, 2, 10, 0);
    } else if (type == Instant.class) {
      return Instant.parse("2024-01-02T02:00:00Z");
    } else if (type == Duration.class) {
      return Duration.ofDays(1);
    } else if (type == Path.class) {
      return Path.of("a");
    } else if (type == URI.class) {
      return URI.create("https://www.example.gov.cn/");
    }
    return null;
  }
}
