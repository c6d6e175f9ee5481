package org.geoparks.catalogue.i18n;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * The one rule for language tags: well-formed BCP 47, in canonical case ({@code vi}, {@code en},
 * {@code zh-Hans}). Every translatable text and every language parameter goes through here.
 */
public final class LanguageTag {

    /**
     * Language, script, region and variants — what texts are written in. Extensions and private
     * use ({@code en-u-ca-gregory}, {@code x-…}) say how to format, not which language, and are
     * refused. The database checks the same pattern.
     */
    private static final java.util.regex.Pattern STORABLE = java.util.regex.Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    /**
     * Tags already seen, canonical: every text of every record passes here (a search rebuild
     * asks millions of times for the same three), and parsing a locale each time showed in its
     * profile. Bounded, since tags also come from outside.
     */
    private static final int REMEMBERED = 256;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    private LanguageTag() {
    }

    /** Canonical form of a BCP 47 tag; throws {@link InvalidLanguageTagException} when malformed. */
    public static String canonical(String tag) {
        String known = tag == null ? null : SEEN.get(tag);
        if (known != null) {
            return known;
        }
        String canonical = parse(tag);
        if (SEEN.size() < REMEMBERED) {
            SEEN.put(tag, canonical);
        }
        return canonical;
    }

    private static String parse(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidLanguageTagException(String.valueOf(tag));
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.trim().replace('_', '-')).build();
            String canonical = locale.toLanguageTag();
            if (canonical.equals("und") || canonical.startsWith("und-") || locale.getLanguage().isEmpty() || !STORABLE.matcher(canonical).matches()) {
                throw new InvalidLanguageTagException(tag);
            }
            return canonical;
        } catch (IllformedLocaleException e) {
            throw new InvalidLanguageTagException(tag);
        }
    }

    public static boolean isWellFormed(String tag) {
        try {
            canonical(tag);
            return true;
        } catch (InvalidLanguageTagException e) {
            return false;
        }
    }

    /** Thrown for a tag that is not well-formed BCP 47. */
    public static final class InvalidLanguageTagException extends IllegalArgumentException {
        public InvalidLanguageTagException(String tag) {
            super("'" + tag + "' is not a BCP 47 language tag (expected e.g. vi, en, zh-Hans)");
        }
    }
}
