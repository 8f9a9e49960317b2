package se.larcentra.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.WebApplicationException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.larcentra.account.boundary.NewStaff;
import se.larcentra.api.admin.CentreAdminResource;
import se.larcentra.api.auth.TokenResource;
import se.larcentra.api.enrolment.EnrolmentsResource.Application;
import se.larcentra.centre.boundary.CentreAdmin;
import se.larcentra.centre.entity.Equipment;
import se.larcentra.centre.entity.RoomType;

/** Request bodies as Yasson and Parsson (the versions Payara ships) see them after {@link JsonBodies} checked them. */
class JsonBodiesTest {

    private static Object read(String json, Type type) throws Exception {
        return JsonBodies.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null, type);
    }

    /** The problem a body is answered with: the field it names, and its detail. */
    private static InvalidParameterException refusal(String json, Type type) {
        InvalidParameterException refused = catchThrowableOfType(InvalidParameterException.class, () -> read(json, type));
        assertThat(refused).as("%s as %s", json, type.getTypeName()).isNotNull();
        assertThat(Problems.classify(refused, true)).satisfies(problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.parameter()).isEqualTo(refused.parameter());
        });
        return refused;
    }

    private static Type openingHours() throws NoSuchMethodException {
        return CentreAdminResource.class.getMethod("openingHours", long.class, List.class).getGenericParameterTypes()[1];
    }

    @Test
    void aBodyThatFitsIsBound() throws Exception {
        assertThat(read("{\"offeringId\": 42}", Application.class)).isEqualTo(new Application(42L));
        CentreAdmin.RoomForm room = (CentreAdmin.RoomForm) read(
                "{\"nameSv\":\"Tysta rummet\",\"type\":\"STUDY_ROOM\",\"capacity\":2,\"equipment\":[\"HEARING_LOOP\"]}",
                CentreAdmin.RoomForm.class);
        assertThat(room).isEqualTo(new CentreAdmin.RoomForm("Tysta rummet", null, RoomType.STUDY_ROOM, 2, Set.of(Equipment.HEARING_LOOP)));
        assertThat(read("[{\"day\":\"MONDAY\",\"opens\":\"08:00\",\"closes\":\"12:00\"}]", openingHours()))
                .isEqualTo(List.of(new CentreAdmin.Hours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));
    }

    @Test
    void membersTheTypeDoesNotKnowAreIgnoredAndAbsentOnesLeftToBeanValidation() throws Exception {
        assertThat(read("{\"offeringId\":7,\"comment\":{\"deep\":[1,2,{\"x\":null}]}}", Application.class)).isEqualTo(new Application(7L));
        assertThat(read("{}", Application.class)).isEqualTo(new Application(null));
        assertThat(read("{\"offeringId\":null}", Application.class)).isEqualTo(new Application(null));
        assertThat(read("{\"nameSv\":\"Rum\",\"type\":\"STUDY_ROOM\"}", CentreAdmin.RoomForm.class))
                .as("an absent int is 0, which @Min(1) on the boundary refuses").extracting("capacity").isEqualTo(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{                      | body        | not valid JSON (line 1, column",
            "{\"offeringId\":       | body        | not valid JSON",
            "{\"offeringId\":1} x   | body        | not valid JSON",
            "'   '                  | body        | not valid JSON",
            "[]                     | body        | The body must be a JSON object",
            "\"offeringId\"         | body        | The body must be a JSON object",
            "null                   | body        | The body must be a JSON object",
            "{\"offeringId\":\"x\"} | offeringId  | offeringId must be a whole number",
            "{\"offeringId\":\"7\"} | offeringId  | offeringId must be a whole number",
            "{\"offeringId\":true}  | offeringId  | offeringId must be a whole number",
            "{\"offeringId\":{}}    | offeringId  | offeringId must be a whole number",
            "{\"offeringId\":[7]}   | offeringId  | offeringId must be a whole number",
            "{\"offeringId\":1.5}   | offeringId  | offeringId must be a whole number",
            "{\"offeringId\":1e-3}  | offeringId  | offeringId must be a whole number",
            "{\"offeringId\":1e99}  | offeringId  | offeringId is out of range",
            "{\"offeringId\":-1e99} | offeringId  | offeringId is out of range",
            "{\"offeringId\":9223372036854775808} | offeringId | offeringId is out of range",
            "{\"offeringId\":1e999999999} | offeringId | offeringId is out of range",
            "{\"offeringId\":1,\"offeringId\":2} | offeringId | offeringId appears twice",
    })
    void anApplicationThatDoesNotFitNamesWhatIsWrong(String json, String field, String detail) {
        InvalidParameterException refused = refusal(json, Application.class);

        assertThat(refused.parameter()).isEqualTo(field);
        assertThat(refused.getMessage()).contains(detail);
    }

    @Test
    void wholeNumbersMayBeWrittenAnyWayJsonAllowsAndFillTheirWholeRange() throws Exception {
        assertThat(read("{\"offeringId\":1.0}", Application.class)).isEqualTo(new Application(1L));
        assertThat(read("{\"offeringId\":12e2}", Application.class)).isEqualTo(new Application(1200L));
        assertThat(read("{\"offeringId\":0e999999999}", Application.class)).isEqualTo(new Application(0L));
        assertThat(read("{\"offeringId\":9223372036854775807}", Application.class)).isEqualTo(new Application(Long.MAX_VALUE));
        assertThat(read("{\"offeringId\":-9223372036854775808}", Application.class)).isEqualTo(new Application(Long.MIN_VALUE));
    }

    @Test
    void aNumberOfAThousandDigitsIsRefusedQuickly() {
        long started = System.nanoTime();
        InvalidParameterException refused = refusal("{\"offeringId\":" + "9".repeat(5000) + "}", Application.class);

        assertThat(refused.parameter()).isIn("offeringId", "body");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anIntFieldKeepsToTheRangeOfAnIntAndAPrimitiveCannotBeNull() {
        String room = "{\"nameSv\":\"Rum\",\"type\":\"STUDY_ROOM\",\"capacity\":%s}";

        assertThat(refusal(room.formatted("2147483648"), CentreAdmin.RoomForm.class).getMessage())
                .isEqualTo("capacity is out of range (-2147483648 to 2147483647).");
        assertThat(refusal(room.formatted("2.5"), CentreAdmin.RoomForm.class).parameter()).isEqualTo("capacity");
        assertThat(refusal(room.formatted("null"), CentreAdmin.RoomForm.class).getMessage())
                .isEqualTo("capacity must be a whole number, not null.");
    }

    @Test
    void anEnumTakesOnlyTheNamesOfItsConstants() {
        InvalidParameterException refused = refusal("{\"type\":\"study_room\"}", CentreAdmin.RoomForm.class);

        assertThat(refused.parameter()).isEqualTo("type");
        assertThat(refused.getMessage()).startsWith("type must be one of ").contains("STUDY_ROOM");
        assertThat(refusal("{\"type\":3}", CentreAdmin.RoomForm.class).parameter()).isEqualTo("type");
    }

    @Test
    void anElementOfACollectionIsNamedByItsIndex() throws Exception {
        assertThat(refusal("{\"equipment\":[\"HEARING_LOOP\",\"TELEPORTER\"]}", CentreAdmin.RoomForm.class).parameter())
                .isEqualTo("equipment[1]");
        assertThat(refusal("{\"equipment\":\"HEARING_LOOP\"}", CentreAdmin.RoomForm.class).getMessage())
                .isEqualTo("equipment must be a JSON array.");
        assertThat(refusal("{\"roles\":[\"teacher\",7]}", NewStaff.class).parameter()).isEqualTo("roles[1]");
        assertThat(refusal("{\"centreIds\":[1,2.5]}", NewStaff.class).parameter()).isEqualTo("centreIds[1]");
        assertThat(refusal("{\"offeringIds\":[1e99]}", NewStaff.class).parameter()).isEqualTo("offeringIds[0]");
    }

    @Test
    void aListBodyNamesTheElementAndFieldAtFault() throws Exception {
        assertThat(refusal("{\"day\":\"MONDAY\"}", openingHours()).getMessage()).isEqualTo("The body must be a JSON array.");
        assertThat(refusal("[{\"day\":\"MONDAY\",\"opens\":\"08:00\",\"closes\":\"12:00\"},{\"day\":\"MONDAY\",\"opens\":\"25:00\"}]",
                openingHours()).getMessage()).isEqualTo("[1].opens must be a time such as 08:30.");
        assertThat(refusal("[{\"day\":\"MONDAY\",\"opens\":800}]", openingHours()).parameter()).isEqualTo("[0].opens");
        assertThat(refusal("[{\"day\":\"MÅNDAG\"}]", openingHours()).parameter()).isEqualTo("[0].day");
        assertThat(refusal("[7]", openingHours()).getMessage()).isEqualTo("[0] must be a JSON object.");
    }

    @Test
    void aStringFieldTakesOnlyAString() {
        assertThat(refusal("{\"username\":123,\"password\":\"x\"}", TokenResource.Credentials.class).getMessage())
                .isEqualTo("username must be a string.");
        assertThat(refusal("{\"username\":\"u\",\"password\":[\"x\"]}", TokenResource.Credentials.class).parameter())
                .isEqualTo("password");
        assertThat(refusal("{\"username\":false}", TokenResource.Credentials.class).parameter()).isEqualTo("username");
    }

    @Test
    void aDecimalFieldTakesAFiniteNumber() {
        String centre = "{\"latitude\":%s}";

        assertThat(refusal(centre.formatted("1e999"), CentreAdmin.CentreForm.class).getMessage()).isEqualTo("latitude is out of range.");
        assertThat(refusal(centre.formatted("\"60.1\""), CentreAdmin.CentreForm.class).getMessage())
                .isEqualTo("latitude must be a number.");
    }

    @Test
    void aMapNamesTheKeyAtFault() throws Exception {
        Type filters = JsonBodiesTest.class.getDeclaredField("filters").getGenericType();

        assertThat(read("{\"subject\":[\"math\"]}", filters)).isEqualTo(Map.of("subject", List.of("math")));
        assertThat(refusal("{\"subject\":[\"math\",1]}", filters).parameter()).isEqualTo("subject[1]");
    }

    @SuppressWarnings("unused")
    private Map<String, List<String>> filters;

    @ParameterizedTest
    @ValueSource(ints = {JsonBodies.MAX_DEPTH + 1, 100_000})
    void nestingDeeperThanTheLimitIsRefusedWithoutRecursion(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);

        assertThat(refusal(nested, Application.class).getMessage()).contains("nested more than " + JsonBodies.MAX_DEPTH + " levels");
        assertThat(refusal("{\"offeringId\":" + nested + "}", Application.class).parameter()).isEqualTo("body");
    }

    @Test
    void nestingUpToTheLimitIsRead() throws Exception {
        String nested = "[".repeat(JsonBodies.MAX_DEPTH) + "]".repeat(JsonBodies.MAX_DEPTH);

        assertThat(read(nested, Object.class)).isInstanceOf(List.class);
    }

    @Test
    void aBodyLargerThanTheLimitIsA413() {
        String huge = "{\"offeringId\":1,\"padding\":\"" + "x".repeat(JsonBodies.MAX_BYTES) + "\"}";

        assertThatThrownBy(() -> read(huge, Application.class)).isInstanceOfSatisfying(WebApplicationException.class,
                e -> assertThat(Problems.classify(e, true).status()).isEqualTo(413));
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThat(refusal("", Application.class).getMessage()).isEqualTo("This call needs a JSON body.");
    }

    @Test
    void theDeclaredCharsetIsHonoured() throws Exception {
        Charset utf16 = StandardCharsets.UTF_16LE;
        byte[] body = "{\"username\":\"åsa\",\"password\":\"lösenord\"}".getBytes(utf16);

        assertThat(JsonBodies.read(new ByteArrayInputStream(body), utf16, TokenResource.Credentials.class))
                .isEqualTo(new TokenResource.Credentials("åsa", "lösenord"));
    }
}
