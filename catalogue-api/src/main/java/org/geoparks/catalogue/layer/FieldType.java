package org.geoparks.catalogue.layer;

/**
 * What kind of value a field holds. The type alone decides how the field is stored, read from
 * agencies' files, written in GeoJSON, described in OpenAPI and queryables, and searched.
 */
public enum FieldType {
    /** A text per language: a jsonb object keyed by BCP 47 tags; one language on the map service. */
    TEXT("string"),
    /** One plain string. */
    STRING("string"),
    /** One of a closed list of codes, taken from the layer's enumeration. */
    CODE("string"),
    /** The id of a record of another layer. */
    REFERENCE("string"),
    /** A list of plain strings (tags, themes, aliases). */
    STRINGS("array"),
    /** A list of BCP 47 language tags. */
    LANGUAGES("array"),
    /** A list of ids of records of another layer. */
    REFERENCES("array"),
    INTEGER("integer"),
    /** A list of whole numbers (the months of a route's seasons). */
    INTEGERS("array"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    /** A calendar date, ISO 8601. */
    DATE("string"),
    /** A day of the year, {@code MM-DD}, without a year: the ends of a season that recurs. */
    MONTH_DAY("string"),
    /** An instant, RFC 3339 in UTC. */
    INSTANT("string"),
    /** A structured object (a contact, a certificate). */
    OBJECT("object"),
    /** A list of structured objects (media links, products). */
    OBJECTS("array");

    private final String jsonSchemaType;

    FieldType(String jsonSchemaType) {
        this.jsonSchemaType = jsonSchemaType;
    }

    /** The JSON Schema type of the field's value as the map service writes it. */
    public String jsonSchemaType() {
        return jsonSchemaType;
    }

    public boolean isList() {
        return this == STRINGS || this == LANGUAGES || this == REFERENCES || this == INTEGERS || this == OBJECTS;
    }
}
