package org.geoparks.catalogue.webmap;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.geoparks.catalogue.i18n.LanguagePreference;

/**
 * The language a page is first drawn in: the visitor's remembered choice (a cookie the page sets
 * when they switch), else their browser's languages, else English. The page itself switches
 * without a reload; this only spares a flash of another language.
 */
final class PageLanguage {

    static final String COOKIE = "geoparks-lang";

    private PageLanguage() {
    }

    static String of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && isServed(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return LanguagePreference.fromAcceptLanguage(request.getHeader("Accept-Language")).primary();
    }

    static boolean isServed(String tag) {
        return tag != null && LanguagePreference.CATALOGUE_LANGUAGES.contains(tag);
    }

    /** The locale of the message bundles for a catalogue language (zh-Hans → messages_zh). */
    static Locale locale(String tag) {
        return "zh-Hans".equals(tag) ? Locale.CHINESE : Locale.forLanguageTag(tag);
    }
}
