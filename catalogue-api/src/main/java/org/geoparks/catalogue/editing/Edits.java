package org.geoparks.catalogue.editing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.geoparks.catalogue.account.ParkRights;
import org.geoparks.catalogue.layer.EditRight;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.MapFieldValues;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.locationtech.jts.geom.Geometry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Edits read the way imports are: what a client sends, merged into the record as its declaration
 * names the fields, goes through the layer's own reader into its draft, so an edit obeys exactly
 * the rules a file does. Which fields an edit changes is what the draft says changes; the right
 * each needs comes from the declaration ({@link LayerDeclaration#rightToChange}), never from a list
 * kept per endpoint. The services call this inside their transaction, after locking the record.
 */
@Component
public class Edits {

    private final ObjectMapper json;

    Edits(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A new record's draft, read from what was sent; refuses fields the layer does not have or
     * that the catalogue keeps itself.
     */
    public <D> D create(LayerDeclaration<D> layer, String id, FieldEdit edit) {
        Map<String, Object> values = sent(layer, id, edit, Map.of());
        return read(layer, id, values, edit.geometry());
    }

    /** The right creating a record with these values needs: the strongest right of the fields and geometry given. */
    public static EditRight rightToCreate(LayerDeclaration<?> layer, FieldEdit edit) {
        EditRight needed = layer.rightToEdit();
        if (edit.geometry() != null && layer.rightToChangeGeometry() == EditRight.SAFETY) {
            needed = EditRight.SAFETY;
        }
        for (String name : edit.values().keySet()) {
            if (layer.field(name).map(layer::rightToChange).orElse(EditRight.CONTENT) == EditRight.SAFETY) {
                needed = EditRight.SAFETY;
            }
        }
        return needed;
    }

    /**
     * An edit of an existing record: merged into (or replacing) its current values, read into the
     * draft, and checked field by field against the caller's rights in the record's park.
     *
     * @param current the record as it is (from {@link RecordValues}), read under the record's lock
     */
    public <D> Edited<D> update(LayerDeclaration<D> layer, String id, RecordValues.Values current, FieldEdit edit,
                                ParkRights rights, String parkId) {
        Map<String, Object> before = RecordValues.editable(layer, current.fields());
        Map<String, Object> sent = sent(layer, id, edit, before);
        Map<String, Object> after;
        if (edit.replacesAll()) {
            after = new LinkedHashMap<>(sent);
            // what an edit may never change stays as it is, whether or not a full copy names it
            for (Field field : layer.importedFields()) {
                if (layer.rightToChange(field) == EditRight.NONE && !after.containsKey(field.name()) && before.containsKey(field.name())) {
                    after.put(field.name(), before.get(field.name()));
                }
            }
        } else {
            after = MergePatch.apply(before, sent);
        }
        Geometry geometry = edit.geometry() != null ? edit.geometry() : current.geometry();
        D draftBefore = read(layer, id, before, current.geometry());
        Set<String> changed = new TreeSet<>();
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Object was = before.get(name);
            Object is = after.get(name);
            if (Objects.equals(was, is)) {
                continue;
            }
            Map<String, Object> trial = new LinkedHashMap<>(before);
            trial.put(name, is);
            try {
                if (!read(layer, id, trial, current.geometry()).equals(draftBefore)) {
                    changed.add(name);
                }
            } catch (InvalidRecordException e) {
                changed.add(name); // a change, and one that only makes sense with others: judged with them below
            }
        }
        boolean moved = edit.geometry() != null && (current.geometry() == null || !edit.geometry().equalsExact(current.geometry()));
        requireRights(layer, rights, parkId, changed, moved);
        D draft = read(layer, id, after, geometry);
        return new Edited<>(draft, changed, moved);
    }

    private static void requireRights(LayerDeclaration<?> layer, ParkRights rights, String parkId, Set<String> changed, boolean moved) {
        Set<String> refused = new TreeSet<>();
        for (String name : changed) {
            Field field = layer.field(name).orElseThrow();
            EditRight right = layer.rightToChange(field);
            if (right == EditRight.NONE) {
                throw new InvalidRecordException(name, field.column() != null && field.column().equals(layer.parkColumn())
                        ? "a record stays in its park; an edit cannot move it to another" : "is kept by the catalogue; an edit cannot change it");
            }
            if (!rights.may(right, parkId)) {
                refused.add(name);
            }
        }
        if (moved && !rights.may(layer.rightToChangeGeometry(), parkId)) {
            refused.add("geometry");
        }
        if (!refused.isEmpty()) {
            throw new AccessDeniedException("Your account may not change " + String.join(", ", refused) + " of " + layer.entityType()
                    + " records of park '" + parkId + "': that is safety data, for the park's managers.");
        }
    }

    /**
     * The fields sent, checked against the declaration: an unknown name is refused (a typo must not
     * vanish silently); what the catalogue keeps itself ({@code updated}, {@code version}) is
     * dropped, so that a client may send back a whole record it read.
     */
    private static Map<String, Object> sent(LayerDeclaration<?> layer, String id, FieldEdit edit, Map<String, Object> before) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : edit.values().entrySet()) {
            String name = entry.getKey();
            if (name.equals("id")) {
                if (entry.getValue() != null && !id.equals(String.valueOf(entry.getValue()))) {
                    throw new InvalidRecordException("id", "is '" + id + "'; a record's id never changes");
                }
                continue;
            }
            Field field = layer.field(name).orElseThrow(() -> new InvalidRecordException(name, "is not a field of " + layer.name()
                    + "; its fields are " + String.join(", ", layer.importedFields().stream().map(Field::name).toList())));
            if (field.isImported()) {
                out.put(name, field.isTranslatable() && entry.getValue() instanceof String text && edit.textLanguage() != null
                        ? inLanguage(before.get(name), edit.textLanguage(), text) : entry.getValue());
            }
        }
        return out;
    }

    /** A text sent in one language: that language replaced (or removed, when blank), the others kept. */
    private static Map<String, Object> inLanguage(Object current, String language, String text) {
        Map<String, Object> texts = new LinkedHashMap<>();
        if (current instanceof Map<?, ?> map) {
            map.forEach((tag, value) -> texts.put(String.valueOf(tag), value));
        }
        texts.keySet().removeIf(tag -> tag.equalsIgnoreCase(language));
        if (!text.isBlank()) {
            texts.put(language, text);
        }
        return texts;
    }

    private <D> D read(LayerDeclaration<D> layer, String id, Map<String, Object> values, Geometry geometry) {
        List<org.geoparks.catalogue.layer.SourcedDraft<D>> drafts = layer.reader().read(new MapFieldValues(id, geometry, values, null, json));
        return drafts.get(0).draft();
    }
}
