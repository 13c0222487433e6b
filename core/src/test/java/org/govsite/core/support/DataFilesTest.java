package org.govsite.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.govsite.core.DataFormatException;
import org.govsite.core.ErrorCategory;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
  private static String text(String source, InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aBundledResourceIsFoundByNameRelativeToItsAnchorOrAbsolute() {
    String relative = DataFiles.bundled(WorkingDayCalendar.class, "years.txt", DataFilesTest::text);
    String absolute = DataFiles.bundled(DataFiles.class, "/org/govsite/core/calendar/years.txt", DataFilesTest::text);
    assertEquals(relative, absolute);
    assertTrue(relative.contains("2025"), relative);
    assertEquals("years.txt", DataFiles.bundled(WorkingDayCalendar.class, "years.txt", (source, in) -> source),
        "the parser gets the name as given, for its error messages");
  }

  @Test
  void aMissingResourceIsADataFormatExceptionNamingIt() {
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> DataFiles.bundled(WorkingDayCalendar.class, "1999.json", DataFilesTest::text));
    assertEquals("1999.json", e.source());
    assertTrue(e.getMessage().contains("org/govsite/core/calendar/1999.json"), e.getMessage());
  }

  @Test
  void aParserFailureIsReportedAsTheParserReportsIt() {
    DataFormatException bad = new DataFormatException("years.txt", 3, "year", "not a year");
    assertEquals(bad, assertThrows(DataFormatException.class, () -> DataFiles.bundled(WorkingDayCalendar.class, "years.txt",
        (source, in) -> {
          throw bad;
        })));
    DataFormatException io = assertThrows(DataFormatException.class, () -> DataFiles.bundled(WorkingDayCalendar.class, "years.txt",
        (source, in) -> {
          throw new IOException("disk gone");
        }));
    assertTrue(io.getMessage().contains("disk gone"), io.getMessage());
  }

  /**
   * A module on the module path whose resource sits in a package it neither exports nor opens: the
   * caller here is another module (core, or the class path), which {@link Class#getResourceAsStream}
   * refuses, while {@link DataFiles#bundled} reads it from the anchor's module.
   */
  @Test
  void onTheModulePathAResourceInAnEncapsulatedPackageIsReadThroughItsAnchor(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Path classes = dir.resolve("mods/demo.data");
    Files.createDirectories(src.resolve("demo/data"));
    Files.writeString(src.resolve("module-info.java"), "module demo.data {}\n");
    Files.writeString(src.resolve("demo/data/Anchor.java"), "package demo.data;\npublic final class Anchor {}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, "-d", classes.toString(),
        src.resolve("module-info.java").toString(), src.resolve("demo/data/Anchor.java").toString()));
    Files.writeString(classes.resolve("demo/data/words.txt"), "攻府\t政府\n");

    ModuleLayer parent = ModuleLayer.boot();
    Configuration cf = parent.configuration().resolve(ModuleFinder.of(dir.resolve("mods")), ModuleFinder.of(), Set.of("demo.data"));
    ModuleLayer layer = parent.defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
    Class<?> anchor = layer.findLoader("demo.data").loadClass("demo.data.Anchor");
    assertTrue(anchor.getModule().isNamed());

    assertNull(anchor.getResourceAsStream("words.txt"), "encapsulated against any other module");
    assertEquals("攻府\t政府\n", DataFiles.bundled(anchor, "words.txt", DataFilesTest::text));
    assertEquals("攻府\t政府\n", DataFiles.bundled(anchor, "/demo/data/words.txt", DataFilesTest::text));
    DataFormatException missing = assertThrows(DataFormatException.class, () -> DataFiles.bundled(anchor, "gone.txt", DataFilesTest::text));
    assertTrue(missing.getMessage().contains("demo/data/gone.txt in module demo.data"), missing.getMessage());
    assertEquals(List.of(), List.of(layer.findModule("demo.data").orElseThrow().getDescriptor().exports().toArray()));
  }

  @Test
  void aDataFileOverTheLimitIsRefusedNamingTheLimitAndTheSetting(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("site.json"), "{\"name\": \"" + "县".repeat(100) + "\"}");
    String before = System.getProperty(DataFiles.MAX_FILE_BYTES_PROPERTY);
    try {
      System.setProperty(DataFiles.MAX_FILE_BYTES_PROPERTY, "100");
      GovSiteException e = assertThrows(GovSiteException.class, () -> DataFiles.read(file, DataFilesTest::text));
      assertEquals(ErrorCategory.TOO_LARGE, e.category());
      assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("100 bytes")
          && e.getMessage().contains(DataFiles.MAX_FILE_BYTES_PROPERTY), e.getMessage());
      System.setProperty(DataFiles.MAX_FILE_BYTES_PROPERTY, "1000");
      assertTrue(DataFiles.read(file, DataFilesTest::text).contains("县"));
      System.setProperty(DataFiles.MAX_FILE_BYTES_PROPERTY, "lots");
      assertEquals(DataFiles.MAX_FILE_BYTES_PROPERTY,
          assertThrows(InvalidInputException.class, () -> DataFiles.read(file, DataFilesTest::text)).field());
    } finally {
      if (before == null) {
        System.clearProperty(DataFiles.MAX_FILE_BYTES_PROPERTY);
      } else {
        System.setProperty(DataFiles.MAX_FILE_BYTES_PROPERTY, before);
      }
    }
  }
}
