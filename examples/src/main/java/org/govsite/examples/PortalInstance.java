package org.govsite.examples;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.govsite.core.InvalidInputException;

/**
 * This portal instance's name (实例名): the host and a random id kept in the data directory
 * ({@value #FILE}), made at the first start. Each instance has a data directory of its own (its lock,
 * {@link DataDirLock}, refuses a second live portal), so the name is one live process's at a time
 * and stays the same across its restarts: it holds the instance's review leases, and a restarted
 * instance takes back at once what its previous life left claimed.
 */
final class PortalInstance {
  /** The file in the data directory holding the id. */
  static final String FILE = "instance.id";

  private PortalInstance() {}

  static String name(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        try {
          Files.writeString(file, UUID.randomUUID() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
          // made meanwhile: read that one
        }
      }
      String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (!id.matches("[0-9a-f-]{36}")) {
        throw new IOException("not an id: " + id);
      }
      return host() + "/" + id;
    } catch (IOException e) {
      throw new InvalidInputException("data.dir", "无法读取实例编号 / cannot read the instance id " + file + ": " + e.getMessage());
    }
  }

  private static String host() {
    try {
      String h = InetAddress.getLocalHost().getHostName();
      return h.length() <= 100 ? h : h.substring(0, 100);
    } catch (IOException e) {
      return "localhost";
    }
  }
}
