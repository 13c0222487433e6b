package org.govsite.compliance.monitor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.govsite.compliance.AuditErrorCode;
import org.govsite.core.DataFormatException;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.support.Checks;

/**
 * The monitor's store (监测记录库): one append-only file of JSON lines per day,
 * {@code probes-yyyy-mm-dd.jsonl}, in a folder. Storage, not a view: the lines are read back only
 * here.
 *
 * <p>Crash-safe: each probe is one {@code write} of one whole line to a file opened for
 * appending, then {@code fsync}ed before {@link #append} returns (a new day's file also syncs its
 * folder). A crash can leave at most the last line of a file incomplete; opening the store cuts
 * it off (that probe was never acknowledged), so a restarted monitor appends after whole lines.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProbeStore {
  private static final Pattern FILE = Pattern.compile("probes-(\\d{4}-\\d{2}-\\d{2})\\.jsonl");
  private static final ObjectReader READER = GovSiteJson.reader().forType(MonitorProbe.class);

  private final Path dir;
  private final ZoneId zone;

  private ProbeStore(Path dir, ZoneId zone) {
    this.dir = dir;
    this.zone = zone;
  }

  /**
   * Opens (creating) the store in {@code dir}, with days in {@code zone}, and cuts off a line a
   * crash left incomplete.
   *
   * @throws InvalidInputException naming {@code store} when the folder cannot be created or written
   */
  public static ProbeStore open(Path dir, ZoneId zone) {
    Checks.notNull(dir, "store");
    Checks.notNull(zone, "zone");
    try {
      Files.createDirectories(dir);
      for (Path f : files(dir)) {
        repair(f);
      }
    } catch (IOException e) {
      throw new InvalidInputException("store", "无法打开监测记录库 / cannot open the store " + dir + ": " + e.getMessage(), e);
    }
    return new ProbeStore(dir, zone);
  }

  /** Opens the store with Beijing days (the census's). */
  public static ProbeStore open(Path dir) {
    return open(dir, MonitorRules.BEIJING);
  }

  /** Returns the store's folder. */
  public Path dir() {
    return dir;
  }

  /** Appends a probe to its day's file and syncs it to disk before returning. */
  public synchronized void append(MonitorProbe probe) {
    Checks.notNull(probe, "probe");
    byte[] line = (GovSiteJson.write(probe) + "\n").getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("probes-" + LocalDate.ofInstant(probe.at(), zone) + ".jsonl");
    try {
      boolean created = !Files.exists(file);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      if (created) {
        syncDir();
      }
    } catch (IOException e) {
      throw new GovSiteException(AuditErrorCode.STORE_FAILED, "无法写入监测记录 / cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns every probe of the store, oldest first.
   *
   * @throws DataFormatException naming the file and line of a line that is not a probe
   */
  public List<MonitorProbe> probes() {
    List<MonitorProbe> out = new ArrayList<>();
    try {
      for (Path f : files(dir)) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        boolean torn = Files.size(f) > 0 && !endsWithNewline(f);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.isBlank() || torn && i == lines.size() - 1) {
            continue; // a line being written right now, or cut by a crash: not a probe yet
          }
          try {
            out.add(READER.readValue(line));
          } catch (JsonProcessingException e) {
            throw new DataFormatException(f.toString(), i + 1, "", "不是监测记录 / not a probe: " + e.getOriginalMessage(), e);
          }
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException("store", "无法读取监测记录库 / cannot read the store " + dir + ": " + e.getMessage(), e);
    }
    out.sort(Comparator.comparing(MonitorProbe::at));
    return out;
  }

  /** Returns when the site's home page was last probed, for a monitor resuming after a restart. */
  public Optional<Instant> lastHomeProbe(String site) {
    Checks.notNull(site, "site");
    return probes().stream().filter(p -> p.home() && p.site().equals(site)).map(MonitorProbe::at).max(Comparator.naturalOrder());
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
  }

  private static boolean endsWithNewline(Path f) throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      ByteBuffer last = ByteBuffer.allocate(1);
      ch.read(last, ch.size() - 1);
      return last.get(0) == '\n';
    }
  }

  /** Cuts a file after its last whole line (a crash in the middle of a write leaves a part of one). */
  private static void repair(Path f) throws IOException {
    long size = Files.size(f);
    if (size == 0 || endsWithNewline(f)) {
      return;
    }
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long keep = 0;
      ByteBuffer buf = ByteBuffer.allocate(8192);
      long pos = 0;
      while (pos < size) {
        buf.clear();
        int n = ch.read(buf, pos);
        if (n <= 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (buf.get(i) == '\n') {
            keep = pos + i + 1;
          }
        }
        pos += n;
      }
      ch.truncate(keep);
      ch.force(true);
    }
  }

  private void syncDir() {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some file systems cannot sync a folder; the file itself is synced already.
    }
  }
}
