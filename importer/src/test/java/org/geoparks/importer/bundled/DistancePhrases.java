package org.geoparks.importer.bundled;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that lead a reader to a spot: a distance ("3 km", "500 m from", "cách … km", "公里"), or a
 * compass direction next to a figure ("2 km north", "phía tây 3 km", "东北5公里"). A protected site's
 * public position is generalised to about a kilometre; a text that says "700 m west of the school"
 * undoes that, so such texts must not carry them. Ages, counts and years are not distances and pass.
 */
final class DistancePhrases {

    private static final String NUMBER = "\\d[\\d.,]*";

    private static final Map<String, List<Pattern>> PATTERNS = Map.of(
            "en", List.of(
                    Pattern.compile(NUMBER + "\\s*(km|kilomet(re|er)s?|m|metres?|meters?)\\b", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("\\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(ern)?\\s+of\\b", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("\\b(metres|meters|kilomet(re|er)s|miles?)\\s+(from|away|north|south|east|west)\\b", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("\\b(NE|NW|SE|SW|N|S|E|W)\\s+of\\b"),
                    // spelled-out distances: "seven kilometres", "a hundred metres from"
                    Pattern.compile("\\b(kilomet(re|er)s?|km|miles?)\\b", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("\\b(metres|meters)\\s+(from|away|off|down|up|along)\\b", Pattern.CASE_INSENSITIVE)),
            "vi", List.of(
                    Pattern.compile(NUMBER + "\\s*(km|ki-lô-mét|cây số|m|mét)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Pattern.compile("\\bcách\\b(?!\\s+đây)[^.;:\\n]{0,40}" + NUMBER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Pattern.compile("(phía|về phía|hướng)\\s+(đông|tây|nam|bắc)(\\s+(nam|bắc))?[^.;:\\n]{0,20}" + NUMBER,
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Pattern.compile(NUMBER + "[^.;:\\n]{0,20}(phía|về phía|hướng)\\s+(đông|tây|nam|bắc)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    // spelled-out distances: "bảy cây số", "một trăm mét"
                    Pattern.compile("(?<![\\p{L}])(km|ki-lô-mét|cây số|mét)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
            "zh-Hans", List.of(
                    Pattern.compile("公里|千米"),
                    Pattern.compile("[\\d一二三四五六七八九十百千两几数半]+\\s*米(?![饭粉线])"),
                    Pattern.compile("[东西南北][东西南北]?(方|面|侧|边)?[约距离]?[\\d一二三四五六七八九十百千两几数半]"),
                    Pattern.compile("[\\d一二三四五六七八九十百千两几数半]+\\s*(公里|米|千米)?(以|之)?[东西南北]")));

    private DistancePhrases() {}

    /** The distance or direction phrases found in a text of the given language; empty when it has none. */
    static List<String> in(String language, String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (Pattern p : PATTERNS.getOrDefault(language, List.of())) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }
}
