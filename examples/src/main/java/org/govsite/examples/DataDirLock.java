package org.govsite.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.ConflictException;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The data directory's lock (数据目录锁): one live portal per data directory. An operating-system
 * lock on {@code <data dir>/portal.lock}, held for the portal's lifetime; it dies with the process,
 * so the file left by a killed portal never blocks a restart. The file is never deleted (deleting
 * it would let two portals lock two different files); it holds the holder's pid, for people only.
 *
 * <p>{@code govsite backup} and {@code restore} take the same lock for their whole run, so a portal
 * cannot start on a directory whose database they read or replace.
 *
 * <p>On Linux, closing <em>any</em> channel on a file releases every lock this process holds on it.
 * So this JVM remembers the files it has locked ({@link #HELD}) and refuses a second lock on one of
 * them before opening a channel: it never opens a second channel on a file it locks.
 */
@API(status = INTERNAL, since = "0.1")
public final class DataDirLock implements AutoCloseable {
  /** The lock file's name in a data directory. */
  public static final String FILE = "portal.lock";

  /** The real paths of the lock files this JVM holds (like Lucene's {@code NativeFSLockFactory.LOCK_HELD}). */
  private static final Set<Path> HELD = new HashSet<>();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean closed;

  private DataDirLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock at once or fails.
   *
   * @throws ConflictException {@link PortalErrorCode#DATA_DIR_IN_USE} when another live portal (or a
   *     backup or restore) holds it, in this JVM or another process
   */
  public static DataDirLock acquire(Path dataDir) {
    Path key;
    try {
      Files.createDirectories(dataDir);
      key = dataDir.toRealPath().resolve(FILE);
    } catch (IOException e) {
      throw new InvalidInputException("data.dir", "无法使用数据目录 / cannot use data directory " + dataDir + ": " + e.getMessage());
    }
    synchronized (HELD) {
      if (!HELD.add(key)) {
        // Held by this JVM: no channel is opened, since closing it would drop that lock.
        throw inUse(dataDir, " (pid " + ProcessHandle.current().pid() + ")");
      }
    }
    boolean done = false;
    try {
      DataDirLock l = lock(dataDir, key);
      done = true;
      return l;
    } finally {
      if (!done) {
        release(key);
      }
    }
  }

  private static DataDirLock lock(Path dataDir, Path key) {
    FileChannel channel;
    try {
      channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new InvalidInputException("data.dir", "无法使用数据目录 / cannot use data directory " + dataDir + ": " + e.getMessage());
    }
    @Nullable FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // cannot happen while HELD guards this JVM's locks; refused all the same
    } catch (IOException e) {
      close(channel);
      throw new InvalidInputException("data.dir", "无法锁定数据目录 / cannot lock data directory " + dataDir + ": " + e.getMessage());
    }
    if (lock == null) {
      // Another process holds it: this JVM holds no lock on the file, so closing the channel drops nothing.
      String holder = holder(channel);
      close(channel);
      throw inUse(dataDir, holder);
    }
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
    } catch (IOException e) {
      // the pid is for people; the lock is what counts
    }
    return new DataDirLock(key, channel, lock);
  }

  private static ConflictException inUse(Path dataDir, String holder) {
    return new ConflictException(PortalErrorCode.DATA_DIR_IN_USE, "数据目录 " + dataDir.toAbsolutePath() + " 正被另一个门户使用 / data directory "
        + dataDir.toAbsolutePath() + " is in use by another portal" + holder);
  }

  /** Whether this JVM holds the lock of the data directory (for tests). */
  static boolean heldHere(Path dataDir) throws IOException {
    synchronized (HELD) {
      return HELD.contains(dataDir.toRealPath().resolve(FILE));
    }
  }

  private static void release(Path key) {
    synchronized (HELD) {
      HELD.remove(key);
    }
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

  /** Releases the lock; a second call does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    close(channel);
    release(key);
  }
}
