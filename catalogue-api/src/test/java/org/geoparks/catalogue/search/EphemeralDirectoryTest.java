package org.geoparks.catalogue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;

class EphemeralDirectoryTest {

    @Test
    void itsFilesLiveInATemporaryFolderThatClosingDeletes() throws Exception {
        EphemeralDirectory directory = EphemeralDirectory.create();
        try (IndexOutput out = directory.createOutput("segments_1", IOContext.DEFAULT)) {
            out.writeString("an index");
        }
        directory.sync(List.of("segments_1"));
        directory.syncMetaData();
        assertThat(directory.folder().resolve("segments_1")).exists();

        directory.close();

        assertThat(Files.exists(directory.folder())).isFalse();
    }

    @Test
    void theFoldersOfProcessesThatNoLongerRunAreDeletedAndOthersKept(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temporary)
            throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        java.nio.file.Path orphan = Files.createDirectories(temporary.resolve("catalogue-search-" + ended.pid() + "-1"));
        Files.writeString(orphan.resolve("_0.cfs"), "an index");
        java.nio.file.Path mine = Files.createDirectories(temporary.resolve("catalogue-search-" + ProcessHandle.current().pid() + "-2"));
        java.nio.file.Path unnamed = Files.createDirectories(temporary.resolve("catalogue-search-123abc"));

        EphemeralDirectory.deleteOrphans(temporary);

        assertThat(Files.exists(orphan)).isFalse();
        assertThat(mine).exists();
        assertThat(unnamed).exists();
    }
}
