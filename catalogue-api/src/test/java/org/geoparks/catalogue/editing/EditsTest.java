package org.geoparks.catalogue.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geoparks.catalogue.account.ParkEditorAuthority;
import org.geoparks.catalogue.account.ParkManagerAuthority;
import org.geoparks.catalogue.account.ParkRights;
import org.geoparks.catalogue.place.PlaceDraft;
import org.geoparks.catalogue.place.PlaceLayer;
import org.geoparks.catalogue.support.InvalidRecordException;
import org.geoparks.catalogue.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** An edit of a place read through the places layer's declaration, and what it may change for whom. */
class EditsTest {

    static final String PARK = "non-nuoc-cao-bang";
    final Edits edits = new Edits(Fixtures.json());

    static RecordValues.Values falls() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("park", PARK);
        fields.put("kind", "waterfall");
        fields.put("name", Map.of("vi", "Thác Bản Giốc", "en", "Bản Giốc Waterfall"));
        fields.put("status", "open");
        fields.put("sensitivity", "public");
        fields.put("source", List.of("test"));
        fields.put("position_precision", "±100 m");
        fields.put("updated", "2026-12-01T00:00:00+00:00");
        fields.put("version", 4);
        return new RecordValues.Values(fields, Fixtures.point(106.7215, 22.8553));
    }

    static ParkRights as(GrantedAuthority authority) {
        TestingAuthenticationToken auth = new TestingAuthenticationToken("someone", "n/a", List.of(authority));
        auth.setAuthenticated(true);
        return ParkRights.of(auth);
    }

    @Test
    void anEditorsDescriptionChangesTheDescriptionOnly() {
        Edited<PlaceDraft> edited = edits.update(PlaceLayer.DECLARATION, "cb-falls", falls(),
                FieldEdit.merge(Map.of("description", Map.of("en", "The largest falls"), "version", 4, "updated", "x"), null),
                as(new ParkEditorAuthority(PARK)), PARK);

        assertThat(edited.changedFields()).containsExactly("description");
        assertThat(edited.moved()).isFalse();
        assertThat(edited.draft().description().get("en")).contains("The largest falls");
        assertThat(edited.draft().name().get("vi")).contains("Thác Bản Giốc");
    }

    @Test
    void sendingBackWhatIsThereChangesNothing() {
        Edited<PlaceDraft> edited = edits.update(PlaceLayer.DECLARATION, "cb-falls", falls(),
                FieldEdit.replace(falls().fields(), Fixtures.point(106.7215, 22.8553)), as(new ParkEditorAuthority(PARK)), PARK);

        assertThat(edited.changesAnything()).isFalse();
    }

    @Test
    void anEditorMayNotCloseOrMoveAPlaceAndIsToldWhichFields() {
        FieldEdit closing = FieldEdit.merge(Map.of("status", "closed", "status_reason", Map.of("en", "Flood"),
                "description", Map.of("en", "Closed")), Fixtures.point(106.72, 22.85));

        assertThatThrownBy(() -> edits.update(PlaceLayer.DECLARATION, "cb-falls", falls(), closing, as(new ParkEditorAuthority(PARK)), PARK))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("geometry, status, status_reason").hasMessageNotContaining("description");
        assertThat(edits.update(PlaceLayer.DECLARATION, "cb-falls", falls(), closing, as(new ParkManagerAuthority(PARK)), PARK).changedFields())
                .containsExactlyInAnyOrder("status", "status_reason", "description");
    }

    @Test
    void aRecordStaysInItsParkAndAnUnknownFieldIsNamed() {
        ParkRights manager = as(new ParkManagerAuthority(PARK));

        assertThatThrownBy(() -> edits.update(PlaceLayer.DECLARATION, "cb-falls", falls(), FieldEdit.merge(Map.of("park", "lang-son"), null),
                manager, PARK)).isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("park:");
        assertThatThrownBy(() -> edits.update(PlaceLayer.DECLARATION, "cb-falls", falls(), FieldEdit.merge(Map.of("nmae", "x"), null),
                manager, PARK)).isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("nmae: is not a field of places");
    }

    @Test
    void theLayersRulesApplyToEditsAsToFiles() {
        assertThatThrownBy(() -> edits.update(PlaceLayer.DECLARATION, "cb-falls", falls(),
                FieldEdit.merge(Map.of("status", "closed"), null), as(new ParkManagerAuthority(PARK)), PARK))
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("status_reason:");
    }

    @Test
    void aPlainTextFromAMapClientReplacesOnlyTheLanguageItWasReadIn() {
        Edited<PlaceDraft> edited = edits.update(PlaceLayer.DECLARATION, "cb-falls", falls(),
                FieldEdit.merge(Map.of("name", "Ban Gioc Falls"), null).inLanguage("en"), as(new ParkEditorAuthority(PARK)), PARK);

        assertThat(edited.draft().name().texts()).isEqualTo(Map.of("vi", "Thác Bản Giốc", "en", "Ban Gioc Falls"));
    }
}
