package org.geoparks.catalogue.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;

/** The JSON Schema of a field's value as the map service writes it: for the API definition and the queryables. */
final class FieldSchemas {

    private FieldSchemas() {
    }

    static ObjectNode of(Field field, ObjectMapper json) {
        ObjectNode schema = json.createObjectNode();
        schema.put("type", field.type().jsonSchemaType());
        if (field.type().isList()) {
            ObjectNode items = schema.putObject("items");
            items.put("type", switch (field.type()) {
                case INTEGERS -> "integer";
                case OBJECTS -> "object";
                default -> "string";
            });
            enumerate(items, field);
        } else {
            enumerate(schema, field);
        }
        if (field.type() == FieldType.DATE) {
            schema.put("format", "date");
        } else if (field.type() == FieldType.INSTANT) {
            schema.put("format", "date-time");
        } else if (field.type() == FieldType.MONTH_DAY) {
            schema.put("pattern", "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
        }
        String description = describe(field);
        if (!description.isEmpty()) {
            schema.put("description", description);
        }
        return schema;
    }

    private static void enumerate(ObjectNode schema, Field field) {
        if (field.allowedValues() != null) {
            ArrayNode values = schema.putArray("enum");
            field.allowedValues().forEach(values::add);
        }
    }

    private static String describe(Field field) {
        StringBuilder text = new StringBuilder(field.description() == null ? "" : field.description());
        if (field.isTranslatable()) {
            text.append(text.isEmpty() ? "" : " ").append("In the language asked (lang, else Accept-Language), with fallbacks.");
        }
        if (!field.isPublic()) {
            text.append(text.isEmpty() ? "" : " ").append("Only for the managers of the record's park.");
        }
        return text.toString();
    }
}
