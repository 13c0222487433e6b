package org.govsite.compliance.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govsite.core.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeStoreTest {
  @TempDir Path dir;

  static MonitorProbe home(Instant at, boolean ok) {
    return new MonitorProbe(at, "http://127.0.0.1:1/", MonitorProbe.HOME, "http://127.0.0.1:1/", ok ? 200 : 0, Duration.ofMillis(12), ok,
        ok ? "" : "cannot connect", 0, Optional.empty());
  }

  @Test
  void probesComeBackAsWrittenInOneFilePerBeijingDay() throws Exception {
    ProbeStore store = ProbeStore.open(dir);
    // 16:30 UTC is 00:30 the next day in Beijing: the census's days are Beijing's.
    MonitorProbe a = home(Instant.parse("2026-11-19T15:59:59Z"), true);
    MonitorProbe b = home(Instant.parse("2026-11-19T16:30:00Z"), false);
    MonitorProbe c = new MonitorProbe(Instant.parse("2026-11-19T16:30:01Z"), "http://127.0.0.1:1/", "column:gzdt", "http://127.0.0.1:1/news/", 200,
        Duration.ofMillis(30), true, "", 12, Optional.of(LocalDate.of(2026, 11, 18)));
    store.append(a);
    store.append(b);
    store.append(c);
    assertTrue(Files.exists(dir.resolve("probes-2026-11-19.jsonl")));
    assertEquals(2, Files.readAllLines(dir.resolve("probes-2026-11-20.jsonl")).size());
    assertEquals(List.of(a, b, c), ProbeStore.open(dir).probes());
    assertEquals(Optional.of(b.at()), store.lastHomeProbe("http://127.0.0.1:1/"));
  }

  @Test
  void aLineCutByACrashIsIgnoredThenCutOffWhenTheStoreOpens() throws Exception {
    ProbeStore store = ProbeStore.open(dir);
    MonitorProbe a = home(Instant.parse("2026-11-20T01:00:00Z"), true);
    store.append(a);
    Path file = dir.resolve("probes-2026-11-20.jsonl");
    String whole = Files.readString(file);
    // The crash: half of the next line reached the disk.
    Files.writeString(file, whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertEquals(List.of(a), store.probes(), "a torn last line is not a probe");
    ProbeStore reopened = ProbeStore.open(dir);
    assertEquals(whole, Files.readString(file), "opening cuts the torn line off");
    MonitorProbe b = home(Instant.parse("2026-11-20T02:12:00Z"), false);
    reopened.append(b);
    assertEquals(List.of(a, b), reopened.probes());
  }

  @Test
  void aBrokenWholeLineIsADataFormatErrorNamingFileAndLine() throws Exception {
    ProbeStore store = ProbeStore.open(dir);
    store.append(home(Instant.parse("2026-11-20T01:00:00Z"), true));
    Files.writeString(dir.resolve("probes-2026-11-20.jsonl"), "{\"at\": \"yesterday\"}\n", StandardOpenOption.APPEND);
    DataFormatException e = assertThrows(DataFormatException.class, store::probes);
    assertTrue(e.getMessage().contains("probes-2026-11-20.jsonl line 2"), e.getMessage());
  }
}
