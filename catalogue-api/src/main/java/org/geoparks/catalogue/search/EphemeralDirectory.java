package org.geoparks.catalogue.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.springframework.util.FileSystemUtils;

/**
 * The index of an instance that keeps none between runs: files in a temporary folder, memory
 * mapped, never synced to disk, and deleted when the index is closed.
 *
 * <p>Not Lucene's heap directory: a search there copies views of every block of the files it
 * opens (megabytes a request with 100,000 records, a young collection every second under load,
 * each one a pause in some visitor's answer), and the whole index weighs on the collector. Mapped
 * files live in the operating system's page cache instead, as Lucene recommends.
 */
final class EphemeralDirectory extends FilterDirectory {

    private final Path folder;

    private EphemeralDirectory(Path folder) throws IOException {
        super(FSDirectory.open(folder));
        this.folder = folder;
    }

    /** A new, empty index folder under the system's temporary folder. */
    static EphemeralDirectory create() throws IOException {
        return new EphemeralDirectory(Files.createTempDirectory("catalogue-search-"));
    }

    Path folder() {
        return folder;
    }

    /** Nothing is kept after a crash: the next start rebuilds, so durability would only cost time. */
    @Override
    public void sync(Collection<String> names) {
    }

    @Override
    public void syncMetaData() {
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }
}
