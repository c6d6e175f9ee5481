package org.geoparks.importer.mapping;

import java.util.Map;

/**
 * Where a catalogue field's value comes from in a source file: one column, one column per
 * language, one column split into a list, or a constant.
 */
public sealed interface FieldSource {

    /** The value of a column as it is ({@code name: TEN_DIEM}). */
    record Column(String column) implements FieldSource {
    }

    /** A translatable text from one column per language ({@code name: {vi: TEN_VI, en: TEN_EN}}). */
    record PerLanguage(Map<String, String> columnsByLanguage) implements FieldSource {
    }

    /** A list from one column split by a separator ({@code tags: {column: THE, split: ";"}}). */
    record Split(String column, String separator) implements FieldSource {
    }

    /** The same value for every record ({@code park: {value: lang-son}}). */
    record Constant(Object value) implements FieldSource {
    }
}
