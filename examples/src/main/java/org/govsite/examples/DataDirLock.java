package org.govsite.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.govsite.core.ConflictException;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The data directory's lock (数据目录锁): one live portal per data directory. An operating-system
 * lock on {@code <data dir>/portal.lock}, held for the portal's lifetime; it dies with the process,
 * so the file left by a killed portal never blocks a restart. The file is never deleted (deleting
 * it would let two portals lock two different files); it holds the holder's pid, for people only.
 */
final class DataDirLock implements AutoCloseable {
  static final String FILE = "portal.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock at once or fails.
   *
   * @throws ConflictException {@link PortalErrorCode#DATA_DIR_IN_USE} when another live portal holds it
   */
  static DataDirLock acquire(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    FileChannel channel;
    try {
      Files.createDirectories(dataDir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new InvalidInputException("data.dir", "无法使用数据目录 / cannot use data directory " + dataDir + ": " + e.getMessage());
    }
    @Nullable FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // another portal in this JVM
    } catch (IOException e) {
      close(channel);
      throw new InvalidInputException("data.dir", "无法锁定数据目录 / cannot lock data directory " + dataDir + ": " + e.getMessage());
    }
    if (lock == null) {
      String holder = holder(channel);
      close(channel);
      throw new ConflictException(PortalErrorCode.DATA_DIR_IN_USE, "数据目录 " + dataDir.toAbsolutePath() + " 正被另一个门户使用 / data directory "
          + dataDir.toAbsolutePath() + " is in use by another portal" + holder);
    }
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
    } catch (IOException e) {
      // the pid is for people; the lock is what counts
    }
    return new DataDirLock(channel, lock);
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer b = ByteBuffer.allocate(32);
      channel.read(b, 0);
      String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
      return pid.matches("\\d{1,10}") ? " (pid " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing held
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    close(channel);
  }
}
