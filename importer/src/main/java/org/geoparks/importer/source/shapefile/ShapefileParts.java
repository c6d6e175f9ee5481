package org.geoparks.importer.source.shapefile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.geoparks.importer.crs.SourceCrs;
import org.geoparks.importer.source.UnreadableFileException;
import org.geoparks.importer.source.encoding.FileText;
import org.geoparks.importer.source.encoding.LegacyVietnamese;

/** The files of one Shapefile, found beside each other by name whatever the case of their endings. */
record ShapefileParts(Path shp, Path dbf, Path prj, Path cpg) {

    static ShapefileParts of(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String base = dot < 0 ? fileName : fileName.substring(0, dot);
        Path folder = file.toAbsolutePath().getParent();
        Map<String, Path> parts = new HashMap<>();
        try (Stream<Path> siblings = Files.list(folder)) {
            siblings.forEach(p -> {
                String name = p.getFileName().toString();
                int d = name.lastIndexOf('.');
                if (d > 0 && name.substring(0, d).equalsIgnoreCase(base)) {
                    parts.putIfAbsent(name.substring(d + 1).toLowerCase(Locale.ROOT), p);
                }
            });
        }
        if (!parts.containsKey("shp")) {
            throw new UnreadableFileException(fileName + " has no " + base + ".shp beside it: a Shapefile keeps its geometry in the .shp; "
                    + "put the .shp (with its .shx, .prj and .cpg) in the same folder");
        }
        if (!parts.containsKey("dbf")) {
            throw new UnreadableFileException(fileName + " has no " + base + ".dbf beside it: a Shapefile keeps its attributes in the .dbf; "
                    + "put the .dbf in the same folder");
        }
        return new ShapefileParts(parts.get("shp"), parts.get("dbf"), parts.get("prj"), parts.get("cpg"));
    }

    /** The CRS of the .prj (WKT, usually ESRI's); none without a .prj. */
    Optional<SourceCrs> crs() throws IOException {
        if (prj == null) {
            return Optional.empty();
        }
        String wkt = new String(Files.readAllBytes(prj), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").strip();
        if (wkt.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SourceCrs.parse(wkt));
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException(prj.getFileName() + " does not hold a CRS definition (WKT): " + e.getMessage());
        }
    }

    /** The .dbf's text encoding: the .cpg's, else --encoding's, else UTF-8. */
    FileText text(Charset option) throws IOException {
        String dbfName = dbf.getFileName().toString();
        String declared = cpg == null ? "" : Files.readString(cpg, StandardCharsets.ISO_8859_1).strip();
        if (declared.isEmpty()) {
            return FileText.optionOrUtf8(dbfName, option);
        }
        return FileText.declared(dbfName, charsetOf(declared), cpg.getFileName().toString(), declared);
    }

    /** What .cpg files say, as ArcGIS and QGIS write them: "UTF-8", "1258", "ANSI 1252", "88591", "CP1258"… */
    private Charset charsetOf(String declared) {
        String name = declared.lines().findFirst().orElse("").strip();
        String code = name.toUpperCase(Locale.ROOT).replaceFirst("^(ANSI|CP|WINDOWS-?)\\s*", "");
        String javaName;
        if (code.equals("65001") || code.equals("UTF8")) {
            javaName = "UTF-8";
        } else if (code.matches("125[0-8]")) {
            javaName = "windows-" + code;
        } else if (code.matches("8859(\\d{1,2})")) {
            javaName = "ISO-8859-" + code.substring(4);
        } else {
            javaName = name;
        }
        if (LegacyVietnamese.tcvn3().aliases().stream().anyMatch(javaName::equalsIgnoreCase) || javaName.equalsIgnoreCase("TCVN3")) {
            return LegacyVietnamese.tcvn3();
        }
        try {
            return Charset.forName(javaName);
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException(cpg.getFileName() + " names the encoding '" + name + "', which is not one Java knows; "
                    + "correct it (e.g. UTF-8, 1258) or delete it and give the encoding with --encoding");
        }
    }
}
