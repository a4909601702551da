package org.ovirt.osn.restapi.sso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * What a file holds, read again whenever its modification time, size or identity changes, so that editing it needs
 * no restart. A file that cannot be read gives {@code unreadable} and is read again at the next call. Thread-safe.
 */
final class ReloadingFile<T> {

    private static final System.Logger LOG = System.getLogger(ReloadingFile.class.getName());

    /** Reads the file; {@code exists} is false when there is none (an empty configuration, not an error). */
    @FunctionalInterface
    interface Reader<T> {
        T read(boolean exists) throws IOException;
    }

    /** A read of the file, and the file's state it was made from. */
    private record Snapshot<T>(boolean loaded, Object stamp, T value) {
    }

    private final Path path;
    private final Reader<T> reader;
    private final T unreadable;
    private final String unreadableMeans;
    private volatile Snapshot<T> snapshot;

    /** @param unreadableMeans what an unreadable file means for the server, for the log */
    ReloadingFile(Path path, Reader<T> reader, T unreadable, String unreadableMeans) {
        this.path = path;
        this.reader = reader;
        this.unreadable = unreadable;
        this.unreadableMeans = unreadableMeans;
        this.snapshot = new Snapshot<>(false, null, unreadable);
    }

    T current() {
        Object stamp = stamp();
        Snapshot<T> current = snapshot;
        if (current.loaded() && Objects.equals(stamp, current.stamp())) {
            return current.value();
        }
        synchronized (this) {
            if (!snapshot.loaded() || !Objects.equals(stamp, snapshot.stamp())) {
                snapshot = load(stamp);
            }
            return snapshot.value();
        }
    }

    private Snapshot<T> load(Object stamp) {
        try {
            return new Snapshot<>(true, stamp, reader.read(stamp != null));
        } catch (IOException e) {
            // not loaded: the next call reads again
            LOG.log(System.Logger.Level.ERROR, "Cannot read " + path + "; " + unreadableMeans + ": " + e);
            return new Snapshot<>(false, stamp, unreadable);
        }
    }

    /** The file's modification time, size and identity, or {@code null} when there is no file. */
    private Object stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return List.of(attributes.lastModifiedTime(), attributes.size(), String.valueOf(attributes.fileKey()));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            // unreadable attributes: read the file, whose error is then logged
            return new Object();
        }
    }
}
