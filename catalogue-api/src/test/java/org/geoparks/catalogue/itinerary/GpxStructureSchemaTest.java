package org.geoparks.catalogue.itinerary;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The GPX 1.1 structure the export tests validate against refuses what GPX 1.1 refuses. */
class GpxStructureSchemaTest {

    private static final String HEAD = "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" creator=\"test\">";

    private static Validator validator() throws Exception {
        try (var schema = GpxStructureSchemaTest.class.getResourceAsStream("/gpx/gpx-1.1-structure.xsd")) {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(schema)).newValidator();
        }
    }

    private static void validate(String xml) throws Exception {
        validator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void aWellFormedDocumentPasses() {
        assertThatCode(() -> validate(HEAD + "<metadata><name>x</name></metadata><wpt lat=\"22.8\" lon=\"106.7\"><name>A</name></wpt>"
                + "<trk><name>t</name><trkseg><trkpt lat=\"22.8\" lon=\"106.7\"/></trkseg></trk></gpx>")).doesNotThrowAnyException();
    }

    @Test
    void waypointsAfterTracksAreRefused() {
        assertThatThrownBy(() -> validate(HEAD + "<trk/><wpt lat=\"22.8\" lon=\"106.7\"/></gpx>")).isInstanceOf(SAXException.class);
    }

    @Test
    void aLatitudeBeyondNinetyIsRefused() {
        assertThatThrownBy(() -> validate(HEAD + "<wpt lat=\"106.7\" lon=\"22.8\"/></gpx>")).isInstanceOf(SAXException.class);
    }

    @Test
    void anotherVersionOrNoCreatorIsRefused() {
        assertThatThrownBy(() -> validate("<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.0\" creator=\"t\"/>"))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate("<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\"/>")).isInstanceOf(SAXException.class);
    }

    @Test
    void aNameAfterTheDescriptionOfAWaypointIsRefused() {
        assertThatThrownBy(() -> validate(HEAD + "<wpt lat=\"22.8\" lon=\"106.7\"><desc>d</desc><name>n</name></wpt></gpx>"))
                .isInstanceOf(SAXException.class);
    }
}
