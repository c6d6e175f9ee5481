package org.geoparks.catalogue.layer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.geoparks.catalogue.i18n.LocalizedText;

/**
 * A layer of the catalogue, declared once by its own package: its fields and what each view of
 * the layer needs beyond them. The map service's collection, its queryables and OpenAPI schema,
 * schema.org descriptions, vector-tile attributes, the importer's field mapping and the search
 * index are all derived from it; none keeps a list of the layer's fields of its own.
 *
 * @param <D> the layer's draft: what a source record is read into before the layer's rules apply
 */
public final class LayerDeclaration<D> {

    private final String name;
    private final Set<String> aliases;
    private final String entityType;
    private final LocalizedText title;
    private final LocalizedText description;
    private final String table;
    private final String relation;
    private final LayerGeometry geometry;
    private final String parkColumn;
    private final Temporal temporal;
    private final Set<String> entityTypes;
    private final JsonLdType jsonLd;
    private final List<Field> fields;
    private final List<Subset> subsets;
    private final DraftReader<D> reader;
    private final boolean mapped;
    private final boolean allSafetyData;
    private final Set<String> safetyFields;
    private final float searchRank;
    private final String ownerType;
    private final String ownerSql;

    private LayerDeclaration(Builder<D> b) {
        this.name = Objects.requireNonNull(b.name);
        this.aliases = Set.copyOf(b.aliases);
        this.entityType = Objects.requireNonNull(b.entityType);
        this.title = Objects.requireNonNull(b.title, "title");
        this.description = Objects.requireNonNull(b.description, "description");
        this.table = Objects.requireNonNull(b.table, "table");
        this.relation = b.relation != null ? b.relation : b.table;
        this.geometry = b.geometry;
        this.parkColumn = b.parkColumn;
        this.temporal = b.temporal;
        LinkedHashSet<String> types = new LinkedHashSet<>();
        types.add(entityType);
        types.addAll(b.dependsOn);
        this.entityTypes = Set.copyOf(types);
        this.jsonLd = b.jsonLd;
        this.fields = List.copyOf(b.fields);
        this.subsets = List.copyOf(b.subsets);
        this.reader = b.reader;
        this.mapped = b.mapped;
        this.allSafetyData = b.allSafetyData;
        this.safetyFields = Set.copyOf(b.safetyFields);
        this.searchRank = b.searchRank;
        this.ownerType = b.ownerType != null ? b.ownerType : entityType;
        this.ownerSql = b.ownerSql != null ? b.ownerSql : "t.id";
        Set<String> names = new LinkedHashSet<>();
        for (Field field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalStateException("layer '" + name + "' declares the field '" + field.name() + "' twice");
            }
        }
        if (!names.containsAll(safetyFields)) {
            throw new IllegalStateException("layer '" + name + "' names safety fields it does not declare: " + safetyFields);
        }
    }

    public static <D> Builder<D> builder(String name, String entityType) {
        return new Builder<>(name, entityType);
    }

    /** The layer's name: its collection id in the map service, its layer name for the importer ({@code places}). */
    public String name() {
        return name;
    }

    /** Other names the importer accepts for this layer (names of earlier versions). */
    public Set<String> aliases() {
        return aliases;
    }

    /** The record type in the audit and change logs ({@code place}). */
    public String entityType() {
        return entityType;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        return description;
    }

    /** The table records are written to. */
    public String table() {
        return table;
    }

    /** The table or view the map service reads, aliased {@code t} in every query. */
    public String relation() {
        return relation;
    }

    /** The geometry, or null for a layer without one of its own. */
    public LayerGeometry geometry() {
        return geometry;
    }

    /** The column naming the record's park (for managers' rights), or null. */
    public String parkColumn() {
        return parkColumn;
    }

    /** The validity of time-bound records, or null for a timeless layer. */
    public Temporal temporal() {
        return temporal;
    }

    /** The change-log record types whose changes alter what this layer shows. */
    public Set<String> entityTypes() {
        return entityTypes;
    }

    /** What schema.org calls the layer's features; null when they are not described. */
    public JsonLdType jsonLd() {
        return jsonLd;
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The field that names a record on a map or in a list (its first name field), if any. */
    public Optional<Field> label() {
        return fields.stream().filter(f -> f.searchRole() == SearchRole.NAME).findFirst();
    }

    /** The parts of the layer that are offered on their own. */
    public List<Subset> subsets() {
        return subsets;
    }

    /** How a source record becomes drafts; null for a layer that is not imported (it is derived). */
    public DraftReader<D> reader() {
        return reader;
    }

    /** Whether the map service offers the layer as a collection (and tiles). */
    public boolean isMapped() {
        return mapped;
    }

    /** How much a match in this layer counts in search against the others (places: 1); 0 when not searched. */
    public float searchRank() {
        return searchRank;
    }

    public boolean isSearched() {
        return searchRank > 0;
    }

    /** The change-log type of the record a record of this layer belongs to (itself, or a product's partner). */
    public String ownerType() {
        return ownerType;
    }

    /** SQL for the id of the record a record belongs to (the relation aliased {@code t}). */
    public String ownerSql() {
        return ownerSql;
    }

    public boolean isImported() {
        return reader != null;
    }

    /**
     * The right an edit needs to change this field ({@link EditRight}): none for what the catalogue
     * keeps itself (fields never imported) and for the park a record belongs to (a record does not
     * move between parks); safety data for the fields the declaration names so, or for all of a
     * safety layer's; content otherwise.
     */
    public EditRight rightToChange(Field field) {
        if (!field.isImported() || field.column() == null || field.column().equals(parkColumn)) {
            return EditRight.NONE;
        }
        return allSafetyData || safetyFields.contains(field.name()) ? EditRight.SAFETY : EditRight.CONTENT;
    }

    /** A record's position is safety data in every layer: it may reveal a protected site, or send visitors astray. */
    public EditRight rightToChangeGeometry() {
        return EditRight.SAFETY;
    }

    /** The least right any edit of the layer needs. */
    public EditRight rightToEdit() {
        return allSafetyData ? EditRight.SAFETY : EditRight.CONTENT;
    }

    /** The fields a source record gives, in declaration order. */
    public List<Field> importedFields() {
        return fields.stream().filter(Field::isImported).toList();
    }

    @Override
    public String toString() {
        return "layer " + name;
    }

    /** Declares a layer field by field. */
    public static final class Builder<D> {
        private final String name;
        private final String entityType;
        private final Set<String> aliases = new LinkedHashSet<>();
        private LocalizedText title;
        private LocalizedText description;
        private String table;
        private String relation;
        private LayerGeometry geometry;
        private String parkColumn;
        private Temporal temporal;
        private final Set<String> dependsOn = new LinkedHashSet<>();
        private JsonLdType jsonLd;
        private final List<Field> fields = new ArrayList<>();
        private final List<Subset> subsets = new ArrayList<>();
        private DraftReader<D> reader;
        private boolean mapped = true;
        private boolean allSafetyData;
        private final Set<String> safetyFields = new LinkedHashSet<>();
        private float searchRank;
        private String ownerType;
        private String ownerSql;

        private Builder(String name, String entityType) {
            this.name = name;
            this.entityType = entityType;
        }

        public Builder<D> alsoKnownAs(String alias) {
            aliases.add(alias);
            return this;
        }

        public Builder<D> title(LocalizedText text) {
            this.title = text;
            return this;
        }

        public Builder<D> description(LocalizedText text) {
            this.description = text;
            return this;
        }

        public Builder<D> table(String tableName) {
            this.table = tableName;
            return this;
        }

        /** A view the map service reads instead of the table. */
        public Builder<D> readFrom(String view) {
            this.relation = view;
            return this;
        }

        public Builder<D> geometry(LayerGeometry layerGeometry) {
            this.geometry = layerGeometry;
            return this;
        }

        public Builder<D> parkColumn(String column) {
            this.parkColumn = column;
            return this;
        }

        public Builder<D> temporal(Temporal validity) {
            this.temporal = validity;
            return this;
        }

        /** Changes to records of these types alter this layer too (a place renamed renames its route stops). */
        public Builder<D> dependsOn(String... types) {
            dependsOn.addAll(List.of(types));
            return this;
        }

        public Builder<D> jsonLd(JsonLdType type) {
            this.jsonLd = type;
            return this;
        }

        public Builder<D> fields(Field... declared) {
            fields.addAll(List.of(declared));
            return this;
        }

        public Builder<D> subset(Subset subset) {
            subsets.add(subset);
            return this;
        }

        public Builder<D> reader(DraftReader<D> draftReader) {
            this.reader = draftReader;
            return this;
        }

        /** Every field of the layer is safety data (hazards, signs): only a park's managers change it. */
        public Builder<D> safetyData() {
            this.allSafetyData = true;
            return this;
        }

        /** These fields are safety data (a place's status, what protects a site): only a park's managers change them. */
        public Builder<D> safetyData(Field... safety) {
            for (Field field : safety) {
                safetyFields.add(field.name());
            }
            return this;
        }

        /** Search finds the layer's records, with this weight against other layers (places: 1). */
        public Builder<D> searched(float rank) {
            this.searchRank = rank;
            return this;
        }

        /** Its records belong to records of another type (a product to its partner): a change to that record rewrites them. */
        public Builder<D> ownedBy(String entityType, String idSql) {
            this.ownerType = entityType;
            this.ownerSql = idSql;
            return this;
        }

        /** The layer is served by an API of its own, not as a map collection. */
        public Builder<D> notMapped() {
            this.mapped = false;
            return this;
        }

        public LayerDeclaration<D> build() {
            return new LayerDeclaration<>(this);
        }
    }
}
