package se.larcentra.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.boundary.ImportReport.Issue;
import se.larcentra.catalog.boundary.ImportReport.Kind;
import se.larcentra.centre.entity.GeoPoint;

class Emil3ParserTest {

    private static Emil3Document resource(String name) throws Exception {
        try (InputStream in = Emil3ParserTest.class.getResourceAsStream("/emil3/" + name)) {
            assertThat(in).as(name).isNotNull();
            return Emil3Parser.parse(in);
        }
    }

    private static String text(String name) throws IOException {
        try (InputStream in = Emil3ParserTest.class.getResourceAsStream("/emil3/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEachOfTheThreeListEnvelopes() throws Exception {
        Emil3Document events = resource("events-envelope.json");
        Emil3Document infos = resource("infos-envelope.json");
        Emil3Document providers = resource("providers-envelope.json");

        assertThat(events.events()).singleElement().satisfies(e -> {
            assertThat(e.identifier()).isEqualTo("e.1");
            assertThat(e.education()).isEqualTo("i.1");
            assertThat(e.providers()).containsExactly("p.1");
            assertThat(e.start()).isEqualTo(LocalDate.of(2026, 1, 19));
            assertThat(e.distance()).isNull();
            assertThat(e.line()).isEqualTo(3);
        });
        assertThat(events.educations()).isEmpty();
        assertThat(events.providers()).isEmpty();
        assertThat(events.warnings()).isEmpty();

        assertThat(infos.educations()).singleElement().satisfies(i -> {
            assertThat(i.schoolType()).isEqualTo("VUXGY");
            assertThat(i.titles()).containsExactly(new Emil3Document.Text("swe", "Svenska 1"));
        });
        assertThat(infos.warnings()).as("page 2 of 3").singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Kind.FILE);
            assertThat(w.message()).contains("page 2 of 3");
        });

        assertThat(providers.providers()).singleElement().satisfies(p -> {
            assertThat(p.identifier()).isEqualTo("p.1");
            assertThat(p.names()).containsExactly(new Emil3Document.Text("swe", "Komvux Arvika"));
        });
    }

    @Test
    void readsOneObjectHoldingAllThreeListsInAnyOrder() throws Exception {
        Emil3Document document = resource("combined.json");

        assertThat(document.events()).extracting(Emil3Document.Event::identifier)
                .containsExactly("e.uoh.kau.fyg11.2026ht", "e.fhs.klar.1", "e.vux.1");
        assertThat(document.educations()).extracting(Emil3Document.Education::identifier)
                .as("the second has no content.identifier: the item id stands in")
                .containsExactly("i.uoh.kau.fyg11", "i.fhs.klar.friluft", "i.vux.ma1");
        assertThat(document.providers()).extracting(Emil3Document.Provider::identifier)
                .containsExactly("p.uoh.kau", "p.fhs.klar", "p.vux.torsby");
        assertThat(document.rejected()).isEmpty();
        assertThat(document.warnings()).isEmpty();

        Emil3Document.Event distance = document.events().get(0);
        assertThat(distance.identifier()).as("content.identifier wins over the item id").isEqualTo("e.uoh.kau.fyg11.2026ht");
        assertThat(distance.distance()).isEqualTo(new Emil3Document.Distance(0, 2, 3, 0));
        assertThat(distance.pace()).isEqualTo(new Emil3Document.PaceOfStudy(50, false));
        assertThat(distance.application()).isEqualTo(new Emil3Document.Application(
                LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 15), false));
        assertThat(distance.places()).isEqualTo(40);
        assertThat(distance.languages()).containsExactly("swe");
        assertThat(distance.locations()).containsExactly(new Emil3Document.Location("1780", new GeoPoint(59.4053, 13.5815)));

        Emil3Document.Event folkHighSchool = document.events().get(1);
        assertThat(folkHighSchool.start()).as("the Swedish day of a date-time").isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(folkHighSchool.end()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(folkHighSchool.pace().individual()).isTrue();
        assertThat(folkHighSchool.application().continuous()).isTrue();
        assertThat(folkHighSchool.fees()).containsExactly(new Emil3Document.Fee(new BigDecimal("1500"), "sek"));
        assertThat(folkHighSchool.languages()).isEmpty();

        Emil3Document.Event komvux = document.events().get(2);
        assertThat(komvux.cancelled()).isTrue();
        assertThat(komvux.languages()).as("code objects too").containsExactly("eng");
        assertThat(komvux.locations()).extracting(Emil3Document.Location::position).containsExactly(new GeoPoint(60, 13));

        Emil3Document.Education physics = document.educations().get(0);
        assertThat(physics.code()).isEqualTo("FYGA11");
        assertThat(physics.titles()).containsExactly(new Emil3Document.Text("swe", "Fysik I"),
                new Emil3Document.Text("eng", "Physics I"));
        assertThat(physics.subjects()).contains(new Emil3Document.Code("C_Subject_SUN", "441"));
        assertThat(physics.creditSystem()).isEqualTo("hp");
        assertThat(physics.credits()).isEqualByComparingTo("7.5");
    }

    @Test
    void takesLangStringTextFromContentOrValue() throws Exception {
        Emil3Document document = Emil3Parser.parse("""
                {"educationProviders": [{"id": "p.1", "content": {"name": {"strings": [
                    {"lang": "swe", "value": "Med value"}, {"lang": "eng", "content": "With content"}, {"lang": "fin"}]}}}]}
                """);

        assertThat(document.providers().get(0).names()).containsExactly(new Emil3Document.Text("swe", "Med value"),
                new Emil3Document.Text("eng", "With content"));
    }

    @Test
    void acceptsASpaceOrACommaBetweenLatitudeAndLongitude() {
        GeoPoint torsby = new GeoPoint(60.136, 13.005);
        assertThat(Emil3Parser.wgs84("60.136 13.005")).isEqualTo(torsby);
        assertThat(Emil3Parser.wgs84("60.136,13.005")).isEqualTo(torsby);
        assertThat(Emil3Parser.wgs84(" 60.136, 13.005 ")).isEqualTo(torsby);
        assertThat(Emil3Parser.wgs84("60.136   13.005")).isEqualTo(torsby);
        assertThat(Emil3Parser.wgs84("60,136 13,005")).as("decimal commas, space between").isEqualTo(torsby);
        assertThat(Emil3Parser.wgs84("-33.9 18.4")).isEqualTo(new GeoPoint(-33.9, 18.4));
        assertThatThrownBy(() -> Emil3Parser.wgs84("60.136")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Emil3Parser.wgs84("north east")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Emil3Parser.wgs84("95 13")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dropsAnUnreadablePositionWithAWarningButKeepsTheLocation() throws Exception {
        Emil3Document document = Emil3Parser.parse("""
                {"educationEvents": [{"id": "e.1", "content": {"education": "i.1",
                  "locations": [{"areaCode": "1737", "wgs84": "somewhere"}, {"areaCode": "Torsby"}]}}]}
                """);

        assertThat(document.events().get(0).locations()).containsExactly(new Emil3Document.Location("1737", null),
                new Emil3Document.Location(null, null));
        assertThat(document.warnings()).extracting(Issue::message)
                .anySatisfy(m -> assertThat(m).contains("wgs84").contains("somewhere"))
                .anySatisfy(m -> assertThat(m).contains("areaCode \"Torsby\""));
        assertThat(document.warnings()).allSatisfy(w -> {
            assertThat(w.kind()).isEqualTo(Kind.OFFERING);
            assertThat(w.identifier()).isEqualTo("e.1");
            assertThat(w.line()).isEqualTo(1);
        });
    }

    @Test
    void readsDatesAndDateTimesAsSwedishDays() {
        assertThat(Emil3Parser.date("2026-01-19")).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(Emil3Parser.date("2026-01-18T23:30:00Z")).as("00:30 in Sweden").isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(Emil3Parser.date("2026-01-19T00:00:00.000+0100")).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(Emil3Parser.date("2026-01-19T10:00:00")).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(Emil3Parser.instant("2026-06-30")).isEqualTo(Instant.parse("2026-06-29T22:00:00Z"));
        assertThat(Emil3Parser.instant("2026-06-30T12:00:00Z")).isEqualTo(Instant.parse("2026-06-30T12:00:00Z"));
    }

    @Test
    void dropsOptionalValuesOfTheWrongTypeWithAWarning() throws Exception {
        Emil3Document document = Emil3Parser.parse("""
                {"educationEvents": [{"id": "e.1", "content": {
                  "education": "i.1",
                  "places": "many",
                  "isCancelled": "perhaps",
                  "execution": {"start": "next spring", "end": "2026-05-01"},
                  "paceOfStudy": {"percentage": "50"},
                  "distance": {"noOfMandatorySessions": -2}
                }}]}
                """);

        Emil3Document.Event event = document.events().get(0);
        assertThat(event.places()).isNull();
        assertThat(event.cancelled()).isFalse();
        assertThat(event.start()).isNull();
        assertThat(event.end()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(event.pace().percentage()).as("numbers as strings are read").isEqualTo(50);
        assertThat(event.distance().mandatorySessions()).isZero();
        assertThat(document.warnings()).extracting(Issue::message).hasSize(4)
                .anySatisfy(m -> assertThat(m).contains("places"))
                .anySatisfy(m -> assertThat(m).contains("isCancelled"))
                .anySatisfy(m -> assertThat(m).contains("\"start\" is not a date: \"next spring\""))
                .anySatisfy(m -> assertThat(m).contains("noOfMandatorySessions"));
    }

    @Test
    void rejectsARecordWithoutIdentifierOnItsOwn() throws Exception {
        Emil3Document document = Emil3Parser.parse("""
                {"educationInfos": [
                  {"status": "ACTIVE", "content": {"title": "No id"}},
                  "just a string",
                  {"id": "i.2", "content": {"title": "Has an id"}}
                ]}
                """);

        assertThat(document.educations()).extracting(Emil3Document.Education::identifier).containsExactly("i.2");
        assertThat(document.educations().get(0).titles()).as("a plain string has no language")
                .containsExactly(new Emil3Document.Text(null, "Has an id"));
        assertThat(document.rejected()).hasSize(2);
        assertThat(document.rejected().get(0)).satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.COURSE);
            assertThat(r.identifier()).isNull();
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.message()).contains("no identifier");
        });
        assertThat(document.rejected().get(1).message()).contains("not a record");
    }

    @Test
    void keepsTheLaterOfTwoRecordsWithOneIdentifier() throws Exception {
        Emil3Document document = Emil3Parser.parse("""
                {"educationProviders": [
                  {"id": "p.1", "content": {"name": "First"}},
                  {"id": "p.1", "content": {"name": "Second"}}
                ]}
                """);

        assertThat(document.providers()).singleElement().satisfies(p -> {
            assertThat(p.names()).extracting(Emil3Document.Text::value).containsExactly("Second");
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(document.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("more than once"));
    }

    @Test
    void rejectsMalformedJsonWithLineAndColumn() throws Exception {
        Emil3FormatException error = catchThrowableOfType(Emil3FormatException.class,
                () -> Emil3Parser.parse(text("malformed.json")));

        assertThat(error.line()).contains(4);
        assertThat(error.column()).hasValueSatisfying(column -> assertThat(column).isBetween(4, 6));
        assertThat(error.reason()).startsWith("malformed JSON").doesNotContain("line no=");
        assertThat(error.getMessage()).contains("line 4");
    }

    @Test
    void rejectsATruncatedDocument() {
        Emil3FormatException error = catchThrowableOfType(Emil3FormatException.class,
                () -> Emil3Parser.parse("{\n \"educationEvents\": [\n  {\"id\": \"e.1\", \"content\": {\"identifier\": \"e"));

        assertThat(error.reason()).startsWith("malformed JSON");
        assertThat(error.line()).contains(3);
    }

    @Test
    void rejectsJsonThatIsNotAnEmil3Document() {
        assertThatThrownBy(() -> Emil3Parser.parse("[1, 2]")).isInstanceOf(Emil3FormatException.class)
                .hasMessageContaining("JSON object");
        assertThatThrownBy(() -> Emil3Parser.parse("{\"items\": []}")).isInstanceOf(Emil3FormatException.class)
                .hasMessageContaining("not an EMIL3 document");
        assertThatThrownBy(() -> Emil3Parser.parse("{\"educationEvents\": {}}")).isInstanceOf(Emil3FormatException.class)
                .hasMessageContaining("\"educationEvents\" is not a list");
        assertThatThrownBy(() -> Emil3Parser.parse("")).isInstanceOf(Emil3FormatException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Emil3Parser.parse("{\"educationEvents\": []} {}")).isInstanceOf(Emil3FormatException.class);
        assertThatThrownBy(() -> Emil3Parser.parse("{\"educationEvents\": [], \"page\": {\"size\": }}"))
                .as("other keys are checked too").isInstanceOf(Emil3FormatException.class);
    }

    @Test
    void skipsAByteOrderMark() throws Exception {
        byte[] json = "\uFEFF{\"educationProviders\": [{\"id\": \"p.1\", \"content\": {\"name\": \"Åmål\"}}]}"
                .getBytes(StandardCharsets.UTF_8);

        Emil3Document document = Emil3Parser.parse(new ByteArrayInputStream(json));

        assertThat(document.providers().get(0).names().get(0).value()).isEqualTo("Åmål");
    }

    @Test
    void anEmptyListIsAValidDocument() throws Exception {
        Emil3Document document = Emil3Parser.parse("{\"educationEvents\": []}");

        assertThat(document.events()).isEmpty();
        assertThat(document.rejected()).isEmpty();
        assertThat(Emil3Parser.parse("{\"educationInfos\": null}").educations()).as("null for an empty list").isEmpty();
    }
}
