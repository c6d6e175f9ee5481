package org.geoparks.catalogue.mapquery;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.collection.Collections;
import org.geoparks.catalogue.support.InvalidParameterException;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Hostile query strings against the map service's parameter parsers: every input is parsed, or
 * refused with {@link InvalidParameterException} (a 400 that says what to send); nothing else may
 * come out of them. The build runs the inputs committed under {@code RequestParametersFuzzTestInputs};
 * {@code bench/fuzz.sh} fuzzes (docs/reliability.md).
 */
@Timeout(30)
class RequestParametersFuzzTest {

    private static final int MAX_INPUT = 4096;
    private static final List<Collection> COLLECTIONS = new Collections().all();
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    /** The input is a query string ({@code limit=5&bbox=…}), optionally followed by a line with an Accept-Language header. */
    @FuzzTest
    @DictionaryEntries({"limit=", "offset=", "after=", "bbox=", "bbox-crs=", "crs=", "datetime=", "lang=", "f=", "park=", "kind=",
            "&", ",", "/", "..", "P", "T", "Z", "EPSG:", "4326", "3405", "9210", "http://www.opengis.net/def/crs/", "CRS84", "%00", "e308"})
    void anyItemsQueryIsParsedOrRefusedAsABadParameter(byte[] input) {
        if (input.length > MAX_INPUT) {
            return;
        }
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String query = newline < 0 ? text : text.substring(0, newline);
        String acceptLanguage = newline < 0 ? null : text.substring(newline + 1);
        Optional<MultiValueMap<String, String>> params = queryParameters(query);
        if (params.isEmpty()) {
            return;
        }
        for (Collection collection : COLLECTIONS) {
            ItemsQuery parsed;
            try {
                parsed = ItemsQuery.parse(collection, params.get(), acceptLanguage, NOW);
            } catch (InvalidParameterException refused) {
                assertThat(refused.getMessage()).isNotBlank();
                assertThat(params.get()).as("the parameter a refusal names was sent").containsKey(refused.parameter());
                continue;
            }
            assertThat(parsed.limit()).isPositive();
            assertThat(parsed.offset()).isNotNegative();
            if (parsed.bbox() != null) {
                assertThat(java.util.Arrays.stream(parsed.bbox())).hasSize(4).allMatch(Double::isFinite);
            }
            assertThat(parsed.language().chain()).isNotEmpty();
        }
    }

    /** The input is the value of {@code datetime}. */
    @FuzzTest
    @DictionaryEntries({"/", "..", "P", "PT", "Y", "M", "W", "D", "H", "S", "T", "Z", "+07:00", "-", ":", "2024-09-07", "2147483647",
            "999999999", "T00:00:00Z", "1e9"})
    void anyDatetimeIsAnIntervalInOrderOrABadParameter(byte[] input) {
        if (input.length > MAX_INPUT) {
            return;
        }
        String value = new String(input, StandardCharsets.UTF_8);
        TimeFilter time;
        try {
            time = TimeFilter.parse(value);
        } catch (InvalidParameterException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        if (time.start() != null && time.end() != null) {
            assertThat(time.end()).as("the end of '%s'", value).isAfterOrEqualTo(time.start());
        }
    }

    /** The input is the value of {@code crs} or {@code bbox-crs}. */
    @FuzzTest
    @DictionaryEntries({"http://www.opengis.net/def/crs/EPSG/0/", "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "urn:ogc:def:crs:EPSG::",
            "EPSG:", "[", "]", "4326", "3405", "9210", "9215", "4756", "3857", "CRS84"})
    void anyCrsNameIsOfferedOrNot(byte[] input) {
        if (input.length > MAX_INPUT) {
            return;
        }
        String value = new String(input, StandardCharsets.UTF_8);
        Optional<SupportedCrs> crs = SupportedCrs.parse(value);
        crs.ifPresent(c -> assertThat(SupportedCrs.parse(c.uri())).contains(c));
    }

    /**
     * The parameters as the servlet container gives them: split on {@code &} and the first
     * {@code =}, percent-decoded as UTF-8, those without a name dropped (Tomcat drops them). A query
     * with a broken escape never reaches the application (the container answers 400), so it is not
     * an input here.
     */
    static Optional<MultiValueMap<String, String>> queryParameters(String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (query.isEmpty()) {
            return Optional.of(params);
        }
        try {
            for (String pair : query.split("&", -1)) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (!name.isEmpty()) {
                    params.add(name, value);
                }
            }
        } catch (IllegalArgumentException brokenEscape) {
            return Optional.empty();
        }
        return Optional.of(params);
    }
}
