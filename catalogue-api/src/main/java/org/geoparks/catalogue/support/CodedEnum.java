package org.geoparks.catalogue.support;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enumeration whose values are written as lower-case codes (in the database, in files and in
 * JSON): {@code fossil_site}, {@code high_water}.
 */
public interface CodedEnum {

    String name();

    @JsonValue
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant for a code, or an {@link InvalidRecordException} that lists the allowed codes. */
    static <E extends Enum<E> & CodedEnum> E parse(Class<E> type, String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRecordException(field, "is required; one of " + codes(type));
        }
        String wanted = normalise(code);
        for (E constant : type.getEnumConstants()) {
            if (normalise(constant.code()).equals(wanted)) {
                return constant;
            }
        }
        throw new InvalidRecordException(field, "'" + code + "' is not one of " + codes(type));
    }

    private static String normalise(String code) {
        return code.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    static <E extends Enum<E> & CodedEnum> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodedEnum::code).collect(Collectors.joining(", "));
    }
}
