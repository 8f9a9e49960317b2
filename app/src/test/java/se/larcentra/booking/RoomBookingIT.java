package se.larcentra.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.HttpTestClient.assertProblem;
import static se.larcentra.system.HttpTestClient.bearer;
import static se.larcentra.system.HttpTestClient.json;
import static se.larcentra.system.TestLearners.DEMO_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.larcentra.system.Deployments;
import se.larcentra.system.HttpTestClient;
import se.larcentra.system.Mailbox;
import se.larcentra.system.TestLearners;
import se.larcentra.system.TestLearners.Learner;

/**
 * Booking the demo centres' rooms over the API, as learners and staff do: the rules answering with
 * the first one broken, a taken slot answered with free alternatives, a hundred parallel requests
 * for one slot of which exactly one wins, cancelling and who may. The slots are found free through
 * the availability endpoint first, so the test holds on a database earlier runs booked in.
 */
@ExtendWith(ArquillianExtension.class)
class RoomBookingIT {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private HttpTestClient client;
    private JsonObject karlstad;

    @BeforeEach
    void karlstad() throws Exception {
        client = new HttpTestClient(base);
        long id = json(client.get("api/v1/centres?size=100")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").startsWith("Karlstad")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        karlstad = json(client.get("api/v1/centres/" + id));
    }

    private long room(String type, int index) {
        return karlstad.getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("type").equals(type)).skip(index).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private int capacity(long roomId) {
        return karlstad.getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == roomId).findFirst().orElseThrow().getInt("capacity");
    }

    private static String at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, STOCKHOLM).toOffsetDateTime().toString();
    }

    private static String body(long roomId, String start, String end, String purpose, int participants) {
        return Json.createObjectBuilder().add("roomId", roomId).add("start", start).add("end", end).add("purpose", purpose)
                .add("participants", participants).build().toString();
    }

    /** The free stretches of a room on a day, as the public availability endpoint says. */
    private List<JsonObject> free(long roomId, LocalDate day) throws Exception {
        HttpResponse<String> answer = client.get("api/v1/rooms/" + roomId + "/availability?from="
                + enc(at(day, LocalTime.MIDNIGHT)) + "&to=" + enc(at(day.plusDays(1), LocalTime.MIDNIGHT)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).getJsonArray("free").getValuesAs(JsonObject.class);
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The first free slot of that length, on the quarter hours, of a room on one of the weekdays from {@code after} on. */
    private String[] freeSlot(long roomId, LocalDate after, Duration length) throws Exception {
        for (LocalDate day = after; day.isBefore(after.plusDays(20)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (JsonObject stretch : free(roomId, day)) {
                OffsetDateTime start = OffsetDateTime.parse(stretch.getString("start"));
                OffsetDateTime end = OffsetDateTime.parse(stretch.getString("end"));
                int past = start.getMinute() % 15;
                OffsetDateTime from = past == 0 ? start.withSecond(0).withNano(0) : start.plusMinutes(15 - past).withSecond(0).withNano(0);
                if (!from.plus(length).isAfter(end)) {
                    return new String[] {from.toString(), from.plus(length).toString()};
                }
            }
        }
        throw new AssertionError("no free slot of " + length + " in room " + roomId + " within 20 days of " + after);
    }

    private static LocalDate today() {
        return LocalDate.now(STOCKHOLM);
    }

    @Test
    void aLearnerBooksAFreeRoomAndSeesItInTheirBookingsAndAsBusyTime() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long room = room("STUDY_ROOM", 0);
        String[] slot = freeSlot(room, today().plusDays(3), Duration.ofHours(1));

        HttpResponse<String> booked = client.post("api/v1/bookings", body(room, slot[0], slot[1], "SELF_STUDY", 1), bearer(learner.token()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        JsonObject booking = json(booked);
        assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
        assertThat(booking.getJsonNumber("roomId").longValue()).isEqualTo(room);
        // Answered in Stockholm time with its offset, the moment asked for.
        assertThat(OffsetDateTime.parse(booking.getString("start")).toInstant()).isEqualTo(OffsetDateTime.parse(slot[0]).toInstant());
        assertThat(booking.getString("start")).endsWith(OffsetDateTime.parse(slot[0]).atZoneSameInstant(STOCKHOLM).getOffset().getId());

        JsonObject mine = json(client.get("api/v1/me/bookings", bearer(learner.token())));
        assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(b -> b.getJsonNumber("id").longValue())
                .containsExactly(booking.getJsonNumber("id").longValue());

        // Anyone sees the time as busy, and nothing of who booked it.
        LocalDate day = OffsetDateTime.parse(slot[0]).atZoneSameInstant(STOCKHOLM).toLocalDate();
        HttpResponse<String> availability = client.newVisitor().get("api/v1/rooms/" + room + "/availability?from="
                + enc(at(day, LocalTime.MIDNIGHT)) + "&to=" + enc(at(day.plusDays(1), LocalTime.MIDNIGHT)));
        assertThat(availability.body()).doesNotContain(learner.username());
        List<JsonObject> busy = json(availability).getJsonArray("busy").getValuesAs(JsonObject.class);
        assertThat(busy).anySatisfy(span -> {
            assertThat(OffsetDateTime.parse(span.getString("start")).toInstant()).isEqualTo(OffsetDateTime.parse(slot[0]).toInstant());
            assertThat(OffsetDateTime.parse(span.getString("end")).toInstant()).isEqualTo(OffsetDateTime.parse(slot[1]).toInstant());
        });
        assertThat(free(room, day)).noneSatisfy(span -> assertThat(OffsetDateTime.parse(span.getString("start")).toInstant())
                .isEqualTo(OffsetDateTime.parse(slot[0]).toInstant()));
    }

    @Test
    void aTakenSlotIsAConflictWithFreeAlternativesThatAreReallyFree() throws Exception {
        Learner first = TestLearners.registerAndConfirm(client, mailbox, "en");
        Learner second = TestLearners.registerAndConfirm(client, mailbox, "en");
        long room = room("STUDY_ROOM", 0);
        String[] slot = freeSlot(room, today().plusDays(4), Duration.ofHours(1));
        assertThat(client.post("api/v1/bookings", body(room, slot[0], slot[1], "SELF_STUDY", 1), bearer(first.token())).statusCode())
                .isEqualTo(201);

        JsonObject taken = assertProblem(client.post("api/v1/bookings", body(room, slot[0], slot[1], "SELF_STUDY", 1),
                bearer(second.token())), 409);
        List<JsonObject> alternatives = taken.getJsonArray("alternatives").getValuesAs(JsonObject.class);
        assertThat(alternatives).isNotEmpty();
        for (JsonObject alternative : alternatives) {
            long otherRoom = alternative.getJsonNumber("roomId").longValue();
            OffsetDateTime start = OffsetDateTime.parse(alternative.getString("start"));
            assertThat(otherRoom == room || start.toInstant().equals(OffsetDateTime.parse(slot[0]).toInstant()))
                    .as("another room at that time, or that room at another time: %s", alternative).isTrue();
            assertThat(Duration.between(start, OffsetDateTime.parse(alternative.getString("end")))).isEqualTo(Duration.ofHours(1));
        }
        // The first alternative can be booked.
        JsonObject pick = alternatives.get(0);
        HttpResponse<String> instead = client.post("api/v1/bookings", body(pick.getJsonNumber("roomId").longValue(),
                pick.getString("start"), pick.getString("end"), "SELF_STUDY", 1), bearer(second.token()));
        assertThat(instead.statusCode()).as(instead.body()).isEqualTo(201);
        // The caller's own booking counts as taken too.
        assertProblem(client.post("api/v1/bookings", body(room, slot[0], slot[1], "SELF_STUDY", 1), bearer(first.token())), 409);
    }

    @Test
    void aRequestThatBreaksARuleIsAnsweredWithTheFirstRuleItBreaks() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long study = room("STUDY_ROOM", 0);
        long exam = room("EXAM_ROOM", 0);
        String[] slot = freeSlot(study, today().plusDays(5), Duration.ofHours(1));
        LocalDate day = OffsetDateTime.parse(slot[0]).atZoneSameInstant(STOCKHOLM).toLocalDate();
        LocalDate sunday = day.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SUNDAY));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put(body(study, at(day, LocalTime.of(10, 10)), at(day, LocalTime.of(11, 0)), "SELF_STUDY", 1), "OFF_GRID");
        expected.put(body(study, at(today().minusDays(1), LocalTime.of(10, 0)), at(today().minusDays(1), LocalTime.of(11, 0)),
                "SELF_STUDY", 1), "IN_THE_PAST");
        expected.put(body(study, at(day, LocalTime.of(10, 0)), at(day, LocalTime.of(10, 15)), "SELF_STUDY", 1), "TOO_SHORT");
        expected.put(body(study, at(day, LocalTime.of(8, 0)), at(day, LocalTime.of(12, 15)), "SELF_STUDY", 1), "TOO_LONG");
        expected.put(body(study, at(sunday, LocalTime.of(10, 0)), at(sunday, LocalTime.of(11, 0)), "SELF_STUDY", 1), "CLOSED_DAY");
        expected.put(body(study, at(day, LocalTime.of(6, 0)), at(day, LocalTime.of(7, 0)), "SELF_STUDY", 1), "OUTSIDE_OPENING_HOURS");
        expected.put(body(exam, slot[0], slot[1], "EXAM", 1), "ROOM_TYPE_NOT_BOOKABLE");
        expected.put(body(study, slot[0], slot[1], "SELF_STUDY", capacity(study) + 1), "OVER_CAPACITY");
        for (Map.Entry<String, String> request : expected.entrySet()) {
            JsonObject problem = assertProblem(client.post("api/v1/bookings", request.getKey(), bearer(learner.token())), 422);
            assertThat(problem.getString("rule")).as(request.getKey()).isEqualTo(request.getValue());
            assertThat(problem.getString("detail")).isNotBlank();
        }

        // More than 28 days ahead: the first open weekday after that.
        String[] far = freeSlot(study, today().plusDays(40), Duration.ofHours(1));
        assertThat(assertProblem(client.post("api/v1/bookings", body(study, far[0], far[1], "SELF_STUDY", 1), bearer(learner.token())), 422)
                .getString("rule")).isEqualTo("TOO_FAR_AHEAD");

        // A time without its offset is not a moment.
        assertThat(assertProblem(client.post("api/v1/bookings", body(study, day + "T10:00:00", day + "T11:00:00", "SELF_STUDY", 1),
                bearer(learner.token())), 400).getString("parameter")).isEqualTo("start");
        assertThat(assertProblem(client.post("api/v1/bookings", body(study, slot[0], slot[1], "NAPPING", 1),
                bearer(learner.token())), 400).getString("parameter")).isEqualTo("purpose");
    }

    @Test
    void aVisitorHasFourHoursAWeekAtACentre() throws Exception {
        Learner visitor = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long study = room("STUDY_ROOM", 0);
        String[] four = freeSlot(study, today().plusDays(7).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)),
                Duration.ofHours(4));
        HttpResponse<String> booked = client.post("api/v1/bookings", body(study, four[0], four[1], "SELF_STUDY", 1), bearer(visitor.token()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        LocalDate day = OffsetDateTime.parse(four[0]).atZoneSameInstant(STOCKHOLM).toLocalDate();
        LocalDate monday = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sameWeek = null;
        for (LocalDate other = monday; other.isBefore(monday.plusDays(5)) && sameWeek == null; other = other.plusDays(1)) {
            if (!other.equals(day) && other.isAfter(today()) && !free(study, other).isEmpty()) {
                sameWeek = other;
            }
        }
        assertThat(sameWeek).as("another open weekday in the week of %s", day).isNotNull();
        JsonObject problem = assertProblem(client.post("api/v1/bookings", body(study, at(sameWeek, LocalTime.of(9, 0)),
                at(sameWeek, LocalTime.of(9, 30)), "SELF_STUDY", 1), bearer(visitor.token())), 422);
        assertThat(problem.getString("rule")).isEqualTo("QUOTA_EXCEEDED");
    }

    @Test
    void ofAHundredParallelRequestsForOneSlotExactlyOneIsGranted() throws Exception {
        String admin = client.token("admin", DEMO_PASSWORD);
        long group = room("GROUP_ROOM", 0);
        String[] slot = freeSlot(group, today().plusDays(8), Duration.ofHours(1));
        String request = body(group, slot[0], slot[1], "GROUP_WORK", 2);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                HttpTestClient own = client.newVisitor();
                answers.add(pool.submit(() -> {
                    go.await();
                    return own.post("api/v1/bookings", request, bearer(admin));
                }));
            }
            go.countDown();
            Map<Integer, Long> byStatus = new java.util.TreeMap<>();
            for (Future<HttpResponse<String>> answer : answers) {
                byStatus.merge(answer.get().statusCode(), 1L, Long::sum);
            }
            assertThat(byStatus).containsExactly(Map.entry(201, 1L), Map.entry(409, 99L));
        } finally {
            pool.shutdownNow();
        }
        LocalDate day = OffsetDateTime.parse(slot[0]).atZoneSameInstant(STOCKHOLM).toLocalDate();
        HttpResponse<String> availability = client.get("api/v1/rooms/" + group + "/availability?from="
                + enc(at(day, LocalTime.MIDNIGHT)) + "&to=" + enc(at(day.plusDays(1), LocalTime.MIDNIGHT)));
        assertThat(json(availability).getJsonArray("busy").getValuesAs(JsonObject.class)
                .stream().filter(span -> OffsetDateTime.parse(span.getString("start")).toInstant().isBefore(OffsetDateTime.parse(slot[1]).toInstant())
                        && OffsetDateTime.parse(span.getString("end")).toInstant().isAfter(OffsetDateTime.parse(slot[0]).toInstant())))
                .hasSize(1);
    }

    @Test
    void theLearnerOrTheCentresStaffWithAReasonCancelOthersAreNotTold() throws Exception {
        Learner owner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        Learner other = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long study = room("STUDY_ROOM", 0);
        String[] slot = freeSlot(study, today().plusDays(9), Duration.ofHours(1));
        long id = json(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1), bearer(owner.token())))
                .getJsonNumber("id").longValue();

        assertProblem(client.delete("api/v1/bookings/" + id, bearer(other.token())), 404);
        // coordinator1 runs the Torsby centres, not Karlstad's.
        assertProblem(client.delete("api/v1/bookings/" + id, bearer(client.token("coordinator1", DEMO_PASSWORD))), 404);
        assertProblem(client.delete("api/v1/bookings/" + id, bearer(client.token("teacher1", DEMO_PASSWORD))), 403);
        String admin = client.token("admin", DEMO_PASSWORD);
        assertThat(assertProblem(client.delete("api/v1/bookings/" + id, bearer(admin)), 400).getString("parameter")).isEqualTo("reason");
        // Not yet time to check in.
        assertProblem(client.post("api/v1/bookings/" + id + "/check-in", null, bearer(owner.token())), 409);

        HttpResponse<String> cancelled = client.delete("api/v1/bookings/" + id, bearer(owner.token()));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).getString("status")).isEqualTo("CANCELLED");
        assertProblem(client.delete("api/v1/bookings/" + id, bearer(owner.token())), 409);
        // The slot is free again: someone else books it.
        assertThat(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1), bearer(other.token())).statusCode())
                .isEqualTo(201);
    }

    @Test
    void freeRoomsAreThoseOpenAndUnbookedForTheWholeTime() throws Exception {
        long group = room("GROUP_ROOM", 0);
        String[] slot = freeSlot(group, today().plusDays(10), Duration.ofHours(2));
        String query = "api/v1/rooms/free?centre=" + karlstad.getJsonNumber("id") + "&start=" + enc(slot[0]) + "&end=" + enc(slot[1])
                + "&type=GROUP_ROOM&people=2";
        assertThat(json(client.get(query)).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("id").longValue()).contains(group);
        String admin = client.token("admin", DEMO_PASSWORD);
        String firstHourEnd = OffsetDateTime.parse(slot[0]).plusHours(1).toString();
        assertThat(client.post("api/v1/bookings", body(group, slot[0], firstHourEnd, "GROUP_WORK", 2), bearer(admin)).statusCode())
                .isEqualTo(201);
        assertThat(json(client.get(query)).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("id").longValue()).doesNotContain(group);
        // By municipality (Karlstad, 1780) too, and with equipment the room has.
        assertThat(json(client.get("api/v1/rooms/free?municipality=1780&start=" + enc(slot[0]) + "&end=" + enc(slot[1])
                + "&equipment=VIDEO_CONFERENCING")).getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getJsonArray("equipment").getValuesAs(JsonValue::toString)).contains("\"VIDEO_CONFERENCING\""));
        assertProblem(client.get("api/v1/rooms/free?start=" + enc(slot[0]) + "&end=" + enc(slot[1])), 400);
        assertProblem(client.get("api/v1/rooms/" + group + "/availability?from=" + enc(slot[0]) + "&to="
                + enc(OffsetDateTime.parse(slot[0]).plusDays(32).toString())), 400);
    }

    @Test
    void theExportHoldsALearnersBookingsAndErasingTheAccountGivesTheRoomsBack() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "en");
        long study = room("STUDY_ROOM", 0);
        String[] slot = freeSlot(study, today().plusDays(11), Duration.ofHours(1));
        long id = json(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1), bearer(learner.token())))
                .getJsonNumber("id").longValue();
        // The confirmation reaches the learner, in English.
        assertThat(Mailbox.subject(mailbox.await(learner.email(), 2, 20).get(1))).startsWith("Booked: ");

        List<JsonObject> exported = json(client.get("api/v1/me/data", bearer(learner.token()))).getJsonArray("bookings")
                .getValuesAs(JsonObject.class);
        assertThat(exported).singleElement().satisfies(b -> {
            assertThat(b.getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(b.getString("status")).isEqualTo("CONFIRMED");
        });

        String erasure = Json.createObjectBuilder().add("password", learner.password()).build().toString();
        assertThat(client.post("api/v1/me/erasure", erasure, bearer(learner.token())).statusCode()).isEqualTo(204);
        LocalDate day = OffsetDateTime.parse(slot[0]).atZoneSameInstant(STOCKHOLM).toLocalDate();
        assertThat(free(study, day)).anySatisfy(span -> assertThat(OffsetDateTime.parse(span.getString("start")).toInstant())
                .isBeforeOrEqualTo(OffsetDateTime.parse(slot[0]).toInstant()))
                .anySatisfy(span -> assertThat(OffsetDateTime.parse(span.getString("end")).toInstant())
                        .isAfterOrEqualTo(OffsetDateTime.parse(slot[1]).toInstant()));
        String other = TestLearners.registerAndConfirm(client, mailbox, "sv").token();
        assertThat(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1), bearer(other)).statusCode())
                .as("the erased learner's slot is free again").isEqualTo(201);
    }
}
