package org.summit.api.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes sure only one Summit process uses a data directory: a second one pointed at the same directory stops with
 * a clear message instead of corrupting the database or the Kafka log. The operating system releases the lock
 * when the process ends, also after kill -9.
 */
public final class DataDirectoryLock implements AutoCloseable {

    static final String LOCK_FILE = ".summit.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataDirectoryLock acquire(Path dataDir) {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException("Another Summit process is already using the data directory "
                        + dataDir + " (it holds " + lockFile + "). Stop that process, or give this one a directory"
                        + " of its own with SUMMIT_DATA_DIR.");
            }
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot release the data directory lock", e);
        }
    }

    /** The data directory is held by another process. */
    public static final class DataDirectoryInUseException extends RuntimeException {
        DataDirectoryInUseException(String message) {
            super(message);
        }
    }
}
