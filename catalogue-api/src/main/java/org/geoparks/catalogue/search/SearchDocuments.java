package org.geoparks.catalogue.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.geoparks.catalogue.collection.Layers;
import org.geoparks.catalogue.i18n.LanguagePreference;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.LanguageSql;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.layer.SearchRole;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each layer contributes to search, derived from the layers' declarations: a layer is
 * searched when it says so ({@link LayerDeclaration#searchRank()}), and each field's
 * {@link SearchRole} says what it is to the index — a name, running text, a code searched by its
 * words (whose words in each language are the message bundles' {@code code.*}), a facet, a keyword,
 * or the ids of other records whose names are searched with it. Geometry is the layer's public
 * geometry, the one rule the map service reads too. No layer's fields are listed here.
 */
@Component
class SearchDocuments implements SearchDocumentSource {

    private static final int CHUNK = 1000;
    private static final TypeReference<List<Map<String, String>>> TEXTS = new TypeReference<>() {
    };
    /** Any language: the SQL of the fields search reads does not depend on it (texts are read whole). */
    private static final LanguageSql ANY_LANGUAGE = new LanguageSql(LanguagePreference.defaults());

    static final List<LayerDeclaration<?>> SEARCHED = Layers.ALL.stream().filter(LayerDeclaration::isSearched).toList();

    /** The layer names documents carry (the record type, {@code intangible-heritage}), for the API's validation. */
    static final List<String> LAYERS = SEARCHED.stream().map(SearchDocuments::layerName).toList();

    /** The kinds documents carry: a layer's own kinds where it declares them (places), else the layer's name. */
    static final List<String> KINDS = SEARCHED.stream()
            .flatMap(l -> facet(l, "kind").map(Field::allowedValues).orElse(List.of(layerName(l))).stream())
            .distinct().toList();

    /**
     * The layers whose matches count for records of {@code layer} (a layer name as documents carry
     * it): the layer itself and those it owns (partners: their products). Empty when not searched.
     */
    static Set<String> layersShownBy(String layer) {
        String entityType = layer.replace('-', '_');
        if (SEARCHED.stream().noneMatch(l -> l.entityType().equals(entityType) && l.isMapped())) {
            return Set.of();
        }
        return SEARCHED.stream().filter(l -> l.ownerType().equals(entityType)).map(SearchDocuments::layerName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The map collection that shows a layer's records: its own, or its owner's. */
    private static String collectionOf(LayerDeclaration<?> layer) {
        return layer.isMapped() ? layer.name()
                : Layers.ALL.stream().filter(l -> l.isMapped() && l.entityType().equals(layer.ownerType())).findFirst()
                        .map(LayerDeclaration::name)
                        .orElseThrow(() -> new IllegalStateException(layer + " is not mapped and its owner has no map collection"));
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final TransactionTemplate streaming;
    private final Map<LayerDeclaration<?>, String> selects = new LinkedHashMap<>();

    SearchDocuments(JdbcTemplate jdbc, ObjectMapper json, MessageSource messages) {
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.streaming = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        streaming.setReadOnly(true);
        SEARCHED.forEach(layer -> selects.put(layer, select(layer)));
    }

    static String layerName(LayerDeclaration<?> layer) {
        return layer.entityType().replace('_', '-');
    }

    @Override
    public boolean follows(String entityType) {
        return SEARCHED.stream().anyMatch(l -> l.ownerType().equals(entityType) || l.entityTypes().contains(entityType));
    }

    @Override
    public void readAll(Consumer<SearchDocument> sink) {
        streaming.executeWithoutResult(status -> selects.forEach((layer, select) -> jdbc.query(connection -> {
            var ps = connection.prepareStatement(select);
            ps.setFetchSize(2000);
            return ps;
        }, rs -> {
            sink.accept(document(layer, rs));
        })));
    }

    @Override
    public Map<RecordRef, List<SearchDocument>> read(Collection<RecordRef> owners) {
        Map<RecordRef, List<SearchDocument>> out = new LinkedHashMap<>();
        owners.forEach(o -> out.put(o, new ArrayList<>()));
        for (LayerDeclaration<?> layer : SEARCHED) {
            List<String> ids = owners.stream().filter(o -> o.entityType().equals(layer.ownerType())).map(RecordRef::id).distinct().toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                String[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
                jdbc.query("SELECT * FROM (" + selects.get(layer) + ") d WHERE d.owner_id = ANY (?)", rs -> {
                    SearchDocument d = document(layer, rs);
                    out.computeIfAbsent(d.owner(), k -> new ArrayList<>()).add(d);
                }, (Object) chunk);
            }
        }
        return out;
    }

    /**
     * The records whose documents a change can alter without naming them: every record of a layer
     * that depends on the changed type (a place made protected moves the signs, hazards and routes
     * beside it).
     */
    @Override
    public Set<RecordRef> dependentsOf(Collection<RecordRef> changed) {
        Set<String> types = changed.stream().map(RecordRef::entityType).collect(Collectors.toSet());
        Set<RecordRef> out = new LinkedHashSet<>();
        for (LayerDeclaration<?> layer : SEARCHED) {
            boolean depends = layer.entityTypes().stream().anyMatch(t -> !t.equals(layer.entityType()) && types.contains(t));
            if (depends) {
                jdbc.query("SELECT DISTINCT " + layer.ownerSql() + " FROM " + layer.relation() + " t",
                        rs -> {
                            out.add(new RecordRef(layer.ownerType(), rs.getString(1)));
                        });
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------
    // The SQL of a layer's documents, from its declaration. Every layer's query has the same columns.

    private static String select(LayerDeclaration<?> layer) {
        List<Field> fields = layer.fields();
        String parks = facet(layer, "park").map(f -> f.type().isList() ? raw(f) : "ARRAY[" + raw(f) + "]::text[]").orElse("'{}'::text[]");
        String kind = facet(layer, "kind").map(f -> raw(f) + "::text").orElse("'" + layerName(layer) + "'");
        String status = facet(layer, "status").map(f -> raw(f) + "::text").orElse("NULL::text");
        String partnerType = facet(layer, "partner_type").map(f -> raw(f) + "::text").orElse("NULL::text");
        String name = role(fields, SearchRole.NAME).filter(f -> f.type() == FieldType.TEXT).findFirst().map(SearchDocuments::raw).orElse("NULL::jsonb");
        List<String> texts = new ArrayList<>();
        texts.add("jsonb_build_array(" + role(fields, SearchRole.TEXT).filter(f -> f.type() == FieldType.TEXT && f.searchTexts() == null)
                .map(SearchDocuments::raw).collect(Collectors.joining(", ")) + ")");
        role(fields, SearchRole.TEXT).filter(f -> f.searchTexts() != null).forEach(f -> texts.add("coalesce(" + f.searchTexts() + ", '[]'::jsonb)"));
        String labels = "array_remove(ARRAY[" + java.util.stream.Stream.concat(
                role(fields, SearchRole.LABEL).map(f -> "'code:" + f.facet() + ".' || " + raw(f)),
                facet(layer, "kind").isPresent() ? java.util.stream.Stream.empty() : java.util.stream.Stream.of("'layer:" + layer.name() + "'"))
                .collect(Collectors.joining(", ")) + "], NULL)";
        String keywords = arrays(role(fields, SearchRole.KEYWORD).filter(f -> f.type() == FieldType.STRINGS).map(SearchDocuments::raw).toList());
        List<Field> references = role(fields, SearchRole.TEXT).filter(f -> f.references() != null).toList();
        String related = references.isEmpty() ? "'[]'::jsonb"
                : references.stream().map(SearchDocuments::relatedNames).collect(Collectors.joining(" || "));
        String refs = arrays(references.stream().map(f -> f.type().isList()
                ? "ARRAY(SELECT '" + f.references() + ":' || x FROM unnest(" + raw(f) + ") x)"
                : "array_remove(ARRAY['" + f.references() + ":' || " + raw(f) + "], NULL)").toList());
        String identifiers = "array_remove(ARRAY[" + java.util.stream.Stream.concat(java.util.stream.Stream.of("t.id"),
                role(fields, SearchRole.IDENTIFIER).map(f -> f.searchTexts() != null ? f.searchTexts() : raw(f) + "::text"))
                .collect(Collectors.joining(", ")) + "], NULL)";
        String aliases = arrays(role(fields, SearchRole.NAME).filter(f -> f.type() == FieldType.STRINGS).map(SearchDocuments::raw).toList());
        String transliterated = layer.field("transliterated").map(SearchDocuments::raw).orElse("'{}'::text[]");
        String languages = facet(layer, "language").map(SearchDocuments::raw).orElse("NULL::text[]");
        String geometry = layer.geometry() == null ? "NULL::geometry" : layer.geometry().publicSql();
        String select = "SELECT " + layer.ownerSql() + " AS owner_id, t.id, " + parks + " AS parks, " + kind + " AS kind, " + status
                + " AS status, " + partnerType + " AS partner_type, " + name + " AS name, " + String.join(" || ", texts) + " AS texts, "
                + labels + " AS labels, " + keywords + " AS keywords, " + related + " AS related, " + aliases + " AS aliases, "
                + identifiers + " AS identifiers, " + refs + " AS refs, " + transliterated + " AS transliterated, " + languages
                + " AS languages, " + geometry + " AS g FROM " + layer.relation() + " t";
        return "SELECT s.*, ST_AsBinary(s.g) AS wkb, ST_AsGeoJSON(s.g, 6) AS geojson FROM (" + select + ") s";
    }

    /** The field a layer counts under that facet. */
    private static Optional<Field> facet(LayerDeclaration<?> layer, String facet) {
        return layer.fields().stream()
                .filter(f -> (f.searchRole() == SearchRole.FACET || f.searchRole() == SearchRole.LABEL) && f.facet().equals(facet))
                .findFirst();
    }

    private static java.util.stream.Stream<Field> role(List<Field> fields, SearchRole role) {
        return fields.stream().filter(f -> f.searchRole() == role);
    }

    /** A field's value as stored: a text's whole jsonb object, a list, a code. */
    private static String raw(Field field) {
        return field.type() == FieldType.TEXT && field.column() != null ? "t." + field.column() : field.sql(ANY_LANGUAGE);
    }

    private static String arrays(List<String> arrays) {
        if (arrays.isEmpty()) {
            return "'{}'::text[]";
        }
        String all = arrays.get(0);
        for (int i = 1; i < arrays.size(); i++) {
            all = "array_cat(" + all + ", " + arrays.get(i) + ")";
        }
        return all;
    }

    /** The names of the records a field names, as a jsonb array of texts per language. */
    private static String relatedNames(Field field) {
        LayerDeclaration<?> target = Layers.ALL.stream().filter(l -> l.entityType().equals(field.references())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no layer of '" + field.references() + "' records"));
        Field name = target.label().orElseThrow(() -> new IllegalStateException(target + " has no name to search by"));
        String from = " FROM " + target.table() + " r WHERE r.id ";
        return field.type().isList()
                ? "coalesce((SELECT jsonb_agg(r." + name.column() + " ORDER BY r.id)" + from + "= ANY(" + raw(field) + ")), '[]'::jsonb)"
                : "coalesce((SELECT jsonb_build_array(r." + name.column() + ")" + from + "= " + raw(field) + "), '[]'::jsonb)";
    }

    // ---------------------------------------------------------------------------------------

    private SearchDocument document(LayerDeclaration<?> layer, ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<String> labels = strings(rs, "labels");
        List<String> keywords = strings(rs, "keywords");
        List<Map<String, String>> texts = texts(rs.getString("texts"));
        List<Map<String, String>> related = texts(rs.getString("related"));
        LocalizedText name = localized(rs.getString("name"));
        if (name.isEmpty()) {
            name = numbered(id, labels);
        }

        Map<String, List<String>> text = new LinkedHashMap<>();
        for (String language : LanguagePreference.CATALOGUE_LANGUAGES) {
            List<String> values = new ArrayList<>();
            texts.forEach(t -> add(values, t.get(language)));
            labels.forEach(l -> add(values, words(l, language)));
            related.forEach(t -> add(values, t.get(language)));
            if (!language.equals("zh-Hans")) {
                keywords.forEach(k -> values.add(k.replace('-', ' ')));
            }
            if (!values.isEmpty()) {
                text.put(language, values);
            }
        }

        Set<String> languages = new LinkedHashSet<>();
        List<String> declared = strings(rs, "languages");
        if (!declared.isEmpty()) {
            languages.addAll(declared);
        } else {
            Map<String, String> main = texts.isEmpty() || texts.get(0).isEmpty() ? name.texts() : texts.get(0);
            languages.addAll(main.keySet());
            strings(rs, "transliterated").forEach(languages::remove);
        }

        Set<RecordRef> refs = new HashSet<>();
        strings(rs, "refs").forEach(r -> refs.add(RecordRef.parse(r)));
        Geometry geometry = geometry(rs.getBytes("wkb"));
        return new SearchDocument(layerName(layer), id, new RecordRef(layer.ownerType(), rs.getString("owner_id")), refs, collectionOf(layer),
                rs.getString("kind"), strings(rs, "parks"), rs.getString("status"), rs.getString("partner_type"), name, text,
                strings(rs, "aliases"), strings(rs, "identifiers"), languages, geometry, geometry == null ? null : rs.getString("geojson"),
                layer.searchRank());
    }

    /** A record without a name (a sign): its first code's words and its number, "Warning sign cb-sign-002", in each language. */
    private LocalizedText numbered(String id, List<String> labels) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LanguagePreference.CATALOGUE_LANGUAGES) {
            String words = labels.isEmpty() ? null : words(labels.get(0), language);
            names.put(language, (words == null ? "" : capitalised(words) + " ") + id);
        }
        return LocalizedText.of(names);
    }

    /**
     * The words of a label in a language: a code's from the message bundles ({@code code.kind.cave}
     * → "hang động"), a layer's from its declared title.
     */
    private String words(String label, String language) {
        if (label.startsWith("layer:")) {
            String layer = label.substring("layer:".length());
            return Layers.named(layer).flatMap(l -> l.title().get(language)).orElse(null);
        }
        return messages.getMessage(label.replace("code:", "code."), null, null, Locale.forLanguageTag(language));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static void add(List<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    private LocalizedText localized(String jsonText) {
        if (jsonText == null) {
            return LocalizedText.EMPTY;
        }
        try {
            return LocalizedText.of(json.readValue(jsonText, new TypeReference<Map<String, String>>() {
            }));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable text in the catalogue: " + jsonText, e);
        }
    }

    private List<Map<String, String>> texts(String jsonArray) {
        if (jsonArray == null) {
            return List.of();
        }
        try {
            List<Map<String, String>> all = json.readValue(jsonArray, TEXTS);
            return all.stream().map(m -> m == null ? Map.<String, String>of() : m).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable texts in the catalogue: " + jsonArray, e);
        }
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v != null) {
                out.add(v.toString());
            }
        }
        return out;
    }

    private static Geometry geometry(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable geometry from PostGIS", e);
        }
    }
}
