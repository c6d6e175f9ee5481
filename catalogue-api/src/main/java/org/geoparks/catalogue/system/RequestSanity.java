package org.geoparks.catalogue.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query parameters no parameter of the catalogue can take, before any of them reaches a
 * parser or the database: control characters (NUL among them: PostgreSQL refuses it in text) and
 * the replacement character that malformed percent-encoding decodes to. Every endpoint is covered,
 * today's and tomorrow's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSanity extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String bad;
        try {
            bad = firstBadParameter(request.getParameterMap());
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            // the container could not decode the query string at all
            bad = "";
        }
        if (bad != null) {
            Problems.write(response, HttpStatus.BAD_REQUEST, "bad-parameter", "Invalid request parameter",
                    bad.isEmpty() ? "The query string cannot be decoded as UTF-8 percent-encoding."
                            : "The parameter '" + bad + "' contains a control character or malformed percent-encoding; send printable UTF-8 text.",
                    bad.isEmpty() ? Map.of() : Map.of("parameter", bad));
            return;
        }
        chain.doFilter(readableAccept(request), response);
    }

    /**
     * An Accept header that cannot be parsed is read as none (RFC 9110 lets a server disregard
     * it): every endpoint then answers in its usual format instead of failing to negotiate.
     */
    private static HttpServletRequest readableAccept(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return request;
        }
        try {
            MediaType.parseMediaTypes(accept);
            return request;
        } catch (InvalidMediaTypeException malformed) {
            return new HttpServletRequestWrapper(request) {
                @Override
                public String getHeader(String name) {
                    return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
                }
            };
        }
    }

    /** The name of the first parameter whose name or value holds a character no parameter takes, or null. */
    static String firstBadParameter(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!printable(parameter.getKey())) {
                return printableName(parameter.getKey());
            }
            for (String value : parameter.getValue()) {
                if (!printable(value)) {
                    return printableName(parameter.getKey());
                }
            }
        }
        return null;
    }

    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || c == '\uFFFD' || Character.isSurrogate(c) && !validSurrogate(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** A parameter's name as it may be echoed back: without the characters that made it bad. */
    private static String printableName(String name) {
        String cleaned = name.codePoints().filter(cp -> cp >= 0x20 && cp != 0x7f && cp != 0xFFFD)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 60 ? cleaned.substring(0, 60) + "…" : cleaned;
    }
}
