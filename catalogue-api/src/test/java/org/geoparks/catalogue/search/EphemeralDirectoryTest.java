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
}
