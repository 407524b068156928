package dev.quicnprotochat.adapter.persistence.file.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/// An exclusive lock on `state.lock`, held while a state directory is open: two clients writing one profile's
/// group states would fork them.
final class StateLock implements AutoCloseable {

  static final String FILE_NAME = "state.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private StateLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static StateLock acquire(Path directory) throws IOException {
    FileChannel channel = FileChannel.open(directory.resolve(FILE_NAME),
        Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new IOException("the client state in " + directory + " is in use by another process");
      }
      return new StateLock(channel, lock);
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new IOException("the client state in " + directory + " is already open in this process");
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
