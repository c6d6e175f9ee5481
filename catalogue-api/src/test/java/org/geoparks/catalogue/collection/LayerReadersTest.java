package org.geoparks.catalogue.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoparks.catalogue.geojson.Geometries;
import org.geoparks.catalogue.i18n.LocalizedText;
import org.geoparks.catalogue.layer.Field;
import org.geoparks.catalogue.layer.FieldType;
import org.geoparks.catalogue.layer.FieldValues;
import org.geoparks.catalogue.layer.LayerDeclaration;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The importer's field mapping is each layer's declaration: a layer's reader reads exactly the
 * fields its declaration says files give, and nothing else.
 */
class LayerReadersTest {

    @Test
    void everyLayerReaderReadsExactlyTheFieldsItsDeclarationImports() {
        for (LayerDeclaration<?> layer : Layers.ALL) {
            if (!layer.isImported()) {
                continue;
            }
            RecordingValues values = new RecordingValues(layer);
            try {
                layer.reader().read(values);
            } catch (InvalidRecordException e) {
                // placeholder values need not make a valid draft; what matters is what was read
            }
            Set<String> declared = new LinkedHashSet<>();
            layer.importedFields().forEach(f -> declared.add(f.name()));
            assertThat(values.asked).as(layer.name()).isEqualTo(declared);
        }
    }

    /** Plausible values of every type, remembering which fields were asked for. */
    private static final class RecordingValues implements FieldValues {
        private final LayerDeclaration<?> layer;
        private final Set<String> asked = new LinkedHashSet<>();

        RecordingValues(LayerDeclaration<?> layer) {
            this.layer = layer;
        }

        private Field ask(Field field) {
            assertThat(layer.fields()).as(layer.name() + " declares " + field.name()).contains(field);
            assertThat(field.isImported()).as(layer.name() + "." + field.name() + " is read from files").isTrue();
            asked.add(field.name());
            return field;
        }

        @Override
        public String id() {
            return "cb-sample";
        }

        @Override
        public String externalId() {
            return "sample";
        }

        @Override
        public Geometry geometry() {
            Set<String> types = layer.geometry() == null ? Set.of() : layer.geometry().types();
            if (types.contains("Point")) {
                return Fixtures.point(106.7, 22.8);
            }
            if (types.contains("LineString")) {
                return Geometries.FACTORY.createLineString(new Coordinate[] {new Coordinate(106.7, 22.8), new Coordinate(106.71, 22.81)});
            }
            return types.isEmpty() ? null : Fixtures.box(106.6, 22.7, 106.8, 22.9);
        }

        @Override
        public String defaultPark() {
            return "non-nuoc-cao-bang";
        }

        @Override
        public String string(Field field) {
            ask(field);
            return field.type() == FieldType.CODE ? field.allowedValues().get(0) : field.name().equals("country") ? "VN" : "cb-value";
        }

        @Override
        public LocalizedText text(Field field) {
            ask(field);
            return LocalizedText.of("en", "text");
        }

        @Override
        public List<String> strings(Field field) {
            ask(field);
            return field.type() == FieldType.LANGUAGES ? List.of("vi") : List.of("cb-value");
        }

        @Override
        public Integer integer(Field field) {
            ask(field);
            return field.name().equals("unesco_year") ? 2018 : 100;
        }

        @Override
        public List<Integer> integers(Field field) {
            ask(field);
            return List.of(1);
        }

        @Override
        public Double number(Field field) {
            ask(field);
            return 1.0;
        }

        @Override
        public boolean bool(Field field, boolean fallback) {
            ask(field);
            return fallback;
        }

        @Override
        public LocalDate date(Field field) {
            ask(field);
            return LocalDate.of(2025, 1, 1);
        }

        @Override
        public Instant instant(Field field) {
            ask(field);
            return Instant.parse("2025-01-01T00:00:00Z");
        }

        @Override
        public java.time.MonthDay monthDay(Field field) {
            ask(field);
            return java.time.MonthDay.of(5, 1);
        }

        @Override
        public Object raw(Field field) {
            ask(field);
            return null;
        }

        @Override
        public Map<String, Object> map(Field field) {
            ask(field);
            return Map.of();
        }

        @Override
        public <T> List<T> objects(Field field, Class<T> type) {
            ask(field);
            return List.of();
        }

        @Override
        public Geometry geometry(Field field) {
            ask(field);
            return null;
        }
    }
}
