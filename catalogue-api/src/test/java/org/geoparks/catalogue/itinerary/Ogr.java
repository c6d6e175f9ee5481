package org.geoparks.catalogue.itinerary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** GDAL's ogrinfo, as operators' tools open files: installed by the launcher (Debian's gdal-bin). */
public final class Ogr {

    private Ogr() {
    }

    /** ogrinfo's summary of a file (all layers), failing when ogrinfo is missing or cannot open it. */
    public static String info(byte[] file, String suffix) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ogr");
        Path path = dir.resolve("export" + suffix);
        Files.write(path, file);
        Process process;
        try {
            process = new ProcessBuilder(List.of("ogrinfo", "-ro", "-al", "-so", path.toString())).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("ogrinfo (GDAL) is not installed; `./catalogue test` installs it as root, or: sudo apt-get install -y gdal-bin", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("ogrinfo could not open the " + suffix + " file:\n" + output);
        }
        Files.delete(path);
        Files.delete(dir);
        return output;
    }
}
