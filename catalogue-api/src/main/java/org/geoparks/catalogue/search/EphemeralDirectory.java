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

    private static final String PREFIX = "catalogue-search-";

    /**
     * A new, empty index folder under the system's temporary folder, named after this process;
     * the folders of processes that no longer run (killed before they could delete theirs) are
     * deleted first, since each holds a whole index. Process ids are this machine's: the
     * temporary folder must not be shared with other machines or containers.
     */
    static EphemeralDirectory create() throws IOException {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        deleteOrphans(temporary);
        return new EphemeralDirectory(Files.createTempDirectory(temporary, PREFIX + ProcessHandle.current().pid() + "-"));
    }

    /** Deletes the index folders under {@code temporary} whose process is gone. */
    static void deleteOrphans(Path temporary) throws IOException {
        try (var folders = Files.newDirectoryStream(temporary, PREFIX + "*")) {
            for (Path folder : folders) {
                String rest = folder.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash <= 0 || !rest.substring(0, dash).chars().allMatch(Character::isDigit)) {
                    continue; // not one of ours, or from before folders were named after their process
                }
                long pid = Long.parseLong(rest.substring(0, dash));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                FileSystemUtils.deleteRecursively(folder);
            }
        }
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
