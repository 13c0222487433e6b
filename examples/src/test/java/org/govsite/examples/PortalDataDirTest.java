package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;
import org.govsite.core.ConflictException;
import org.govsite.core.ErrorCategory;
import org.govsite.search.SiteSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One live portal per data directory, and a search index that repairs itself from the database. */
class PortalDataDirTest {
  @TempDir Path data;

  private Portal start() {
    return Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data));
  }

  /** Starts a portal and returns what it printed on standard output while starting. */
  private String startAndClose() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      start().close();
    } finally {
      System.setOut(stdout);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aSecondLockInTheSameJvmIsRefusedAndTheFirstStillHolds() throws Exception {
    try (DataDirLock first = DataDirLock.acquire(data)) {
      assertEquals("held", probe(data.resolve(DataDirLock.FILE)));
      for (int i = 0; i < 2; i++) {
        ConflictException e = assertThrows(ConflictException.class, () -> DataDirLock.acquire(data));
        assertEquals(PortalErrorCode.DATA_DIR_IN_USE, e.code());
        // On Linux closing any channel on the file would have dropped the first lock: none was opened.
        assertTrue(DataDirLock.heldHere(data));
        assertEquals("held", probe(data.resolve(DataDirLock.FILE)));
      }
      // The same directory by another spelling is the same lock.
      Files.createDirectories(data.resolve("sub"));
      assertThrows(ConflictException.class, () -> DataDirLock.acquire(data.resolve("sub").resolve("..")));
      assertEquals("held", probe(data.resolve(DataDirLock.FILE)));
    }
    assertFalse(DataDirLock.heldHere(data));
    assertEquals("free", probe(data.resolve(DataDirLock.FILE)));
    DataDirLock.acquire(data).close();
  }

  /** Whether another process finds the lock file locked ({@code held}) or not ({@code free}). */
  private static String probe(Path lockFile) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Probe.class.getName(), lockFile.toString())
        .redirectErrorStream(true).start();
    p.getOutputStream().close();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "probe did not end");
    assertEquals(0, p.exitValue(), said);
    return said;
  }

  /** Tries the lock file once from its own JVM and prints {@code held} or {@code free}. */
  static final class Probe {
    public static void main(String[] args) throws Exception {
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(Path.of(args[0]),
          java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock l = ch.tryLock()) {
        System.out.println(l == null ? "held" : "free");
      }
    }
  }

  @Test
  void aSecondPortalOnTheSameDataDirectoryIsRefusedAtOnce() throws Exception {
    try (Portal first = start()) {
      ConflictException e = assertThrows(ConflictException.class, this::start);
      assertEquals(PortalErrorCode.DATA_DIR_IN_USE, e.code());
      assertEquals(ErrorCategory.CONFLICT, e.category()); // exit 2 (Cli.exitCode), like a taken port
      assertTrue(e.getMessage().contains(data.toAbsolutePath() + " is in use by another portal"), e.getMessage());
      assertTrue(e.getMessage().contains("正被另一个门户使用"), e.getMessage());
      assertTrue(e.getMessage().contains("(pid " + ProcessHandle.current().pid() + ")"), e.getMessage());
      assertTrue(first.port() > 0);
      assertEquals("held", probe(data.resolve(DataDirLock.FILE))); // the refused second portal dropped nothing
    }
    // closed: the same data directory starts again, though the lock file is still there
    assertTrue(Files.exists(data.resolve(DataDirLock.FILE)));
    start().close();
  }

  @Test
  void aLockFileLeftByAKilledPortalDoesNotBlockARestart() throws Exception {
    Files.createDirectories(data);
    Files.writeString(data.resolve(DataDirLock.FILE), "4242\n"); // no process holds a lock on it
    start().close();
  }

  @Test
  void theIndexIsRebuiltWhenMissingOrCorruptAndKeptWhenCurrent() throws Exception {
    Path index = data.resolve("index");
    assertTrue(startAndClose().contains("rebuilding the search index (missing): "));
    long documents = size(index);
    assertTrue(documents > 0);
    Object folder = Files.readAttributes(live(index), BasicFileAttributes.class).fileKey();

    String again = startAndClose();
    assertFalse(again.contains("rebuilding"), "an index built from the same data is kept: " + again);
    assertEquals(folder, Files.readAttributes(live(index), BasicFileAttributes.class).fileKey());

    Path victim;
    try (Stream<Path> files = Files.list(live(index))) {
      victim = files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("segments") && !p.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(victim);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(victim, bytes);
    String repaired = startAndClose();
    assertTrue(repaired.contains("重建搜索索引 / rebuilding the search index (corrupt): " + String.format("%,d", documents)
        + " documents"), repaired);
    assertNotEquals(folder, Files.readAttributes(live(index), BasicFileAttributes.class).fileKey(), "built beside, then switched");
    assertEquals(documents, size(index));
    assertFalse(Files.exists(data.resolve("index.new")) || Files.exists(data.resolve("index.old")));

    Files.writeString(live(index).resolve("segments_9"), "not an index");
    startAndClose();
    assertEquals(documents, size(index));
  }

  /** The directory holding the live index: the one the folder's pointer names (search builds beside, then switches). */
  private static Path live(Path index) throws java.io.IOException {
    Path pointer = index.resolve("govsite-current");
    return Files.isRegularFile(pointer) ? index.resolve(Files.readString(pointer).strip()) : index;
  }

  private static long size(Path index) {
    try (SiteSearch s = SiteSearch.builder().folder(index).readOnly().build()) {
      return s.size();
    }
  }
}
