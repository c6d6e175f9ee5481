package org.geoparks.catalogue.layer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.geoparks.catalogue.support.CodedEnum;

/**
 * One field of a layer, declared once: its name (in GeoJSON, queryables, files and search), its
 * type, where it is stored, the values it may take, who may read it, and the part it plays in each
 * view of the layer — tiles, filters, schema.org, imports, search. Every view derives from this.
 *
 * <p>Instances are immutable; the {@code with…} methods return changed copies, so that a layer's
 * declaration reads as a list of fields and what is special about each.
 */
public final class Field {

    private final String name;
    private final FieldType type;
    private final String column;
    private final Function<LanguageSql, String> computed;
    private final List<String> allowedValues;
    private final Audience audience;
    private final boolean inTiles;
    private final String filterParameter;
    private final JsonLdMapping jsonLd;
    private final String importColumn;
    private final SearchRole search;
    private final String description;
    private final String references;
    private final String facet;
    private final String searchTexts;

    private Field(String name, FieldType type, String column, Function<LanguageSql, String> computed, List<String> allowedValues,
                  Audience audience, boolean inTiles, String filterParameter, JsonLdMapping jsonLd, String importColumn,
                  SearchRole search, String description) {
        this(name, type, column, computed, allowedValues, audience, inTiles, filterParameter, jsonLd, importColumn, search, description,
                null, null, null);
    }

    private Field(String name, FieldType type, String column, Function<LanguageSql, String> computed, List<String> allowedValues,
                  Audience audience, boolean inTiles, String filterParameter, JsonLdMapping jsonLd, String importColumn,
                  SearchRole search, String description, String references, String facet, String searchTexts) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.column = column;
        this.computed = computed;
        this.allowedValues = allowedValues == null ? null : List.copyOf(allowedValues);
        this.audience = audience;
        this.inTiles = inTiles;
        this.filterParameter = filterParameter;
        this.jsonLd = jsonLd;
        this.importColumn = importColumn;
        this.search = search;
        this.description = description;
        this.references = references;
        this.facet = facet;
        this.searchTexts = searchTexts;
    }

    /** A field stored in a column of the same name, read from files under that name too. */
    public static Field of(String name, FieldType type) {
        return stored(name, type, name);
    }

    /** A field stored in {@code column}; files give it under the field's name. */
    public static Field stored(String name, FieldType type, String column) {
        return new Field(name, type, column, null, null, Audience.PUBLIC, false, null, null, name, SearchRole.NONE, null);
    }

    /** A translatable text stored in a jsonb column of the same name. */
    public static Field text(String name) {
        return of(name, FieldType.TEXT);
    }

    /** A code of a {@link CodedEnum}: its allowed values are the enumeration's codes, nowhere else. */
    public static <E extends Enum<E> & CodedEnum> Field code(String name, String column, Class<E> codes) {
        return stored(name, FieldType.CODE, column).withAllowedValues(
                Arrays.stream(codes.getEnumConstants()).map(CodedEnum::code).toList());
    }

    public static <E extends Enum<E> & CodedEnum> Field code(String name, Class<E> codes) {
        return code(name, name, codes);
    }

    /** A value the database computes for the map service (a count, a list of linked ids); never imported. */
    public static Field computed(String name, FieldType type, Function<LanguageSql, String> sql) {
        return new Field(name, type, null, sql, null, Audience.PUBLIC, false, null, null, null, SearchRole.NONE, null);
    }

    /** The record's sources: keys of the dataset's sources, given as {@code source} in files. */
    public static Field sources() {
        return stored("source", FieldType.STRINGS, "sources");
    }

    /** When the record last changed; kept by the catalogue. */
    public static Field updated() {
        return stored("updated", FieldType.INSTANT, "updated_at").notImported();
    }

    /**
     * The record's version, which every edit moves: what an edit sends back to say which version it
     * changes (docs/decisions/0052-optimistic-concurrency.md); kept by the catalogue.
     */
    public static Field version() {
        return of("version", FieldType.INTEGER).notImported()
                .describedAs("The record's version; an edit sends back the version it read (If-Match or this property).");
    }

    /** How far the position may be from the real thing ({@code ±100 m}, {@code surveyed}…). */
    public static Field positionPrecision() {
        return of("position_precision", FieldType.STRING);
    }

    // ------------------------------------------------------------------------------------------
    // What is special about a field.

    /** The value is written by this SQL (the relation aliased {@code t}) rather than read from its column as such. */
    public Field withSql(Function<LanguageSql, String> sql) {
        return copy(name, type, column, sql, allowedValues, audience, inTiles, filterParameter, jsonLd, importColumn, search, description);
    }

    public Field withAllowedValues(List<String> values) {
        return copy(name, type, column, computed, values, audience, inTiles, filterParameter, jsonLd, importColumn, search, description);
    }

    /** Only the managers of the record's park (and admins) read it. */
    public Field managersOnly() {
        return copy(name, type, column, computed, allowedValues, Audience.MANAGERS, inTiles, filterParameter, jsonLd, importColumn, search, description);
    }

    /** Carried in vector tiles, to style and label a map. */
    public Field inTiles() {
        return copy(name, type, column, computed, allowedValues, audience, true, filterParameter, jsonLd, importColumn, search, description);
    }

    /** Offered as a query parameter of the same name (equality; membership for lists). */
    public Field filter() {
        return filter(name);
    }

    /** Offered as the query parameter {@code parameter} (equality; membership for lists). */
    public Field filter(String parameter) {
        return copy(name, type, column, computed, allowedValues, audience, inTiles, parameter, jsonLd, importColumn, search, description);
    }

    public Field jsonLd(JsonLdMapping mapping) {
        return copy(name, type, column, computed, allowedValues, audience, inTiles, filterParameter, mapping, importColumn, search, description);
    }

    /** Written in schema.org as the property of that name. */
    public Field jsonLd(String schemaOrgProperty) {
        return jsonLd(JsonLdMapping.as(schemaOrgProperty));
    }

    /** Read from files under another column name by default. */
    public Field importedAs(String fileColumn) {
        return copy(name, type, column, computed, allowedValues, audience, inTiles, filterParameter, jsonLd, fileColumn, search, description);
    }

    /** Kept by the catalogue itself, never read from files. */
    public Field notImported() {
        return importedAs(null);
    }

    public Field search(SearchRole role) {
        return copy(name, type, column, computed, allowedValues, audience, inTiles, filterParameter, jsonLd, importColumn, role, description);
    }

    public Field describedAs(String text) {
        return copy(name, type, column, computed, allowedValues, audience, inTiles, filterParameter, jsonLd, importColumn, search, text);
    }

    /** The id(s) are of records of this change-log type ({@code place}); search indexes their names with this record's texts. */
    public Field referencing(String entityType) {
        return new Field(name, type, column, computed, allowedValues, audience, inTiles, filterParameter, jsonLd, importColumn, search,
                description, entityType, facet, searchTexts);
    }

    /** Search counts this field's values under that facet (default: the field's name). */
    public Field facetAs(String facetName) {
        return new Field(name, type, column, computed, allowedValues, audience, inTiles, filterParameter, jsonLd, importColumn, search,
                description, references, facetName, searchTexts);
    }

    /**
     * SQL giving what search reads of this field where the value the map service shows is not
     * that: for running text a jsonb array of texts per language, for an identifier its text (a
     * certificate's number, not the certificate).
     */
    public Field searchedAs(String jsonbTextsSql) {
        return new Field(name, type, column, computed, allowedValues, audience, inTiles, filterParameter, jsonLd, importColumn, search,
                description, references, facet, jsonbTextsSql);
    }

    private Field copy(String name, FieldType type, String column, Function<LanguageSql, String> computed, List<String> allowedValues,
                       Audience audience, boolean inTiles, String filterParameter, JsonLdMapping jsonLd, String importColumn,
                       SearchRole search, String description) {
        return new Field(name, type, column, computed, allowedValues, audience, inTiles, filterParameter, jsonLd, importColumn, search,
                description, references, facet, searchTexts);
    }

    // ------------------------------------------------------------------------------------------

    /**
     * The SQL that gives the field's value in a feature (the layer's relation is aliased {@code t}):
     * a text in the request's language, an instant as RFC 3339 in UTC, else the column.
     */
    public String sql(LanguageSql language) {
        if (computed != null) {
            return computed.apply(language);
        }
        return switch (type) {
            case TEXT -> language.pick("t." + column);
            case INSTANT -> "to_char(t." + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
            default -> "t." + column;
        };
    }

    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    /** The column of the layer's relation, or null for a computed field. */
    public String column() {
        return column;
    }

    public boolean isTranslatable() {
        return type == FieldType.TEXT;
    }

    /** The allowed codes, or null when any value of the type is allowed. */
    public List<String> allowedValues() {
        return allowedValues;
    }

    public Audience audience() {
        return audience;
    }

    public boolean isPublic() {
        return audience == Audience.PUBLIC;
    }

    public boolean isInTiles() {
        return inTiles;
    }

    /** The query parameter that filters on this field, or null. */
    public String filterParameter() {
        return filterParameter;
    }

    public boolean isFilter() {
        return filterParameter != null;
    }

    /** How the field appears in schema.org, or null when it does not. */
    public JsonLdMapping jsonLd() {
        return jsonLd;
    }

    /** The column of agencies' files that gives this field when no mapping says otherwise; null when never imported. */
    public String importColumn() {
        return importColumn;
    }

    public boolean isImported() {
        return importColumn != null;
    }

    public SearchRole searchRole() {
        return search;
    }

    /** A sentence for people reading the queryables and the API definition; may be null. */
    public String description() {
        return description;
    }

    /** The change-log type of the records this field's ids name, or null. */
    public String references() {
        return references;
    }

    /** The facet search counts this field under. */
    public String facet() {
        return facet != null ? facet : name;
    }

    /** SQL for what search reads of the field ({@link #searchedAs}), or null to read the field itself. */
    public String searchTexts() {
        return searchTexts;
    }

    @Override
    public String toString() {
        return name + ":" + type;
    }
}
