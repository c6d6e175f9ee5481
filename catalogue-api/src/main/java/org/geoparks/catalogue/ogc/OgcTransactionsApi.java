package org.geoparks.catalogue.ogc;

import org.geoparks.catalogue.editing.EditBodies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.geoparks.catalogue.collection.Collection;
import org.geoparks.catalogue.editing.EditableLayer;
import org.springframework.stereotype.Component;

/** The OpenAPI operations of OGC API – Features Part 4, on the collections people edit. */
@Component
class OgcTransactionsApi {

    private final List<EditableLayer> editable;

    OgcTransactionsApi(List<EditableLayer> editable) {
        this.editable = editable;
    }

    boolean isEditable(Collection c) {
        return c.id().equals(c.layer().name()) && editable.stream().anyMatch(layer -> layer.declaration() == c.layer());
    }

    /** Adds create, replace, update and delete to the collection's paths, when people edit it. */
    void describe(ObjectNode items, ObjectNode feature, Collection c) {
        if (!isEditable(c)) {
            return;
        }
        String title = c.title().get("en").orElse(c.id());
        String schema = "#/components/schemas/feature-" + c.id();
        ObjectNode post = items.putObject("post");
        post.put("operationId", "createFeature" + camel(c.id()));
        post.put("summary", "Add a feature to " + title + " (managers of its park)");
        body(post, schema, "application/geo+json");
        crsHeader(post.putArray("parameters"));
        ObjectNode created = post.putObject("responses").putObject("201").put("description", "Created; Location names the new feature");
        created.putObject("headers").putObject("ETag").putObject("schema").put("type", "string");
        problems((ObjectNode) post.get("responses"), "401", "403", "422");

        ObjectNode put = feature.putObject("put");
        put.put("operationId", "replaceFeature" + camel(c.id()));
        put.put("summary", "Replace a feature of " + title + "; If-Match its ETag, or send back its version property");
        body(put, schema, "application/geo+json");
        ArrayNode putParameters = put.putArray("parameters");
        featureId(putParameters);
        ifMatch(putParameters, false);
        crsHeader(putParameters);
        changed(put);

        ObjectNode patch = feature.putObject("patch");
        patch.put("operationId", "updateFeature" + camel(c.id()));
        patch.put("summary", "Change some properties of a feature of " + title + " (JSON Merge Patch); If-Match its ETag");
        body(patch, schema, EditBodies.MERGE_PATCH);
        ArrayNode patchParameters = patch.putArray("parameters");
        featureId(patchParameters);
        ifMatch(patchParameters, false);
        crsHeader(patchParameters);
        changed(patch);

        ObjectNode delete = feature.putObject("delete");
        delete.put("operationId", "deleteFeature" + camel(c.id()));
        delete.put("summary", "End a feature of " + title + " (a hazard is resolved, a sign retired; its history stays); If-Match its ETag");
        ArrayNode deleteParameters = delete.putArray("parameters");
        featureId(deleteParameters);
        ifMatch(deleteParameters, true);
        ObjectNode reason = deleteParameters.addObject().put("name", "reason").put("in", "query").put("required", false)
                .put("description", "Why, in the request's language");
        reason.putObject("schema").put("type", "string");
        changed(delete);
    }

    private static void body(ObjectNode operation, String schema, String mediaType) {
        operation.putObject("requestBody").put("required", true).putObject("content").putObject(mediaType).putObject("schema").put("$ref", schema);
    }

    private static void featureId(ArrayNode parameters) {
        parameters.addObject().put("name", "featureId").put("in", "path").put("required", true).putObject("schema").put("type", "string");
    }

    private static void ifMatch(ArrayNode parameters, boolean required) {
        parameters.addObject().put("name", "If-Match").put("in", "header").put("required", required)
                .put("description", "The ETag of the feature as read; without it (or the version property), 428")
                .putObject("schema").put("type", "string");
    }

    private static void crsHeader(ArrayNode parameters) {
        parameters.addObject().put("name", "Content-Crs").put("in", "header").put("required", false)
                .put("description", "The CRS of the geometry sent (one of the collection's), in angle brackets; CRS84 by default")
                .putObject("schema").put("type", "string");
    }

    private static void changed(ObjectNode operation) {
        ObjectNode responses = operation.putObject("responses");
        responses.putObject("204").put("description", "Done; ETag is the feature's new version").putObject("headers").putObject("ETag")
                .putObject("schema").put("type", "string");
        problems(responses, "401", "403", "404", "412", "422", "428");
    }

    private static void problems(ObjectNode responses, String... statuses) {
        for (String status : statuses) {
            responses.putObject(status).put("description", switch (status) {
                case "401" -> "Not signed in";
                case "403" -> "Not a manager of the feature's park";
                case "404" -> "No such feature";
                case "412" -> "The feature changed since it was read; the problem names its current version";
                case "428" -> "No If-Match (nor version property)";
                default -> "The feature breaks a rule of the collection; the problem names the field";
            }).putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/problem");
        }
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
