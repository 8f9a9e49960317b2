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

    @Test
    void aCoordinatorClosesDaysAndSetsTheRulesOfTheirOwnCentres() throws Exception {
        long torsby = json(client.get("api/v1/centres?size=100")).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("Lärcentrum Torsby")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long study = json(client.get("api/v1/centres/" + torsby)).getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("type").equals("STUDY_ROOM")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject defaults = json(client.get("api/v1/centres/" + torsby + "/booking-rules"));
        assertThat(defaults.getInt("minMinutes")).isEqualTo(30);
        assertThat(defaults.getInt("maxMinutes")).isEqualTo(240);
        assertThat(defaults.getInt("gridMinutes")).isEqualTo(15);
        assertThat(defaults.getInt("leadDays")).isEqualTo(28);
        assertThat(defaults.getInt("memberQuotaMinutes")).isEqualTo(600);
        assertThat(defaults.getInt("visitorQuotaMinutes")).isEqualTo(240);

        String coordinator = client.token("coordinator1", DEMO_PASSWORD);
        String[] slot = freeSlot(study, today().plusDays(2), Duration.ofHours(1));
        LocalDate day = OffsetDateTime.parse(slot[0]).atZoneSameInstant(STOCKHOLM).toLocalDate();
        String closedDay = "api/v1/admin/centres/" + torsby + "/closed-days/" + day;
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        try {
            assertThat(client.put(closedDay, "{\"note\":\"Studiedag\"}", bearer(coordinator)).statusCode()).isEqualTo(204);
            assertThat(free(study, day)).as("closed all day").isEmpty();
            assertThat(assertProblem(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1),
                    bearer(learner.token())), 422).getString("rule")).isEqualTo("CLOSED_DAY");
            assertThat(json(client.get("api/v1/centres/" + torsby + "/booking-rules")).getJsonArray("closedDays")
                    .getValuesAs(JsonObject.class)).anySatisfy(d -> {
                        assertThat(d.getString("date")).isEqualTo(day.toString());
                        assertThat(d.getString("note")).isEqualTo("Studiedag");
                    });

            assertThat(client.put(closedDay, "{\"closesAt\":\"12:00\"}", bearer(coordinator)).statusCode()).isEqualTo(204);
            assertThat(free(study, day)).isNotEmpty().allSatisfy(span -> assertThat(OffsetDateTime.parse(span.getString("end"))
                    .atZoneSameInstant(STOCKHOLM).toLocalTime()).isBeforeOrEqualTo(LocalTime.NOON));
        } finally {
            client.delete(closedDay, bearer(coordinator));
        }
        assertThat(free(study, day)).as("open again").isNotEmpty();
        assertProblem(client.delete(closedDay, bearer(coordinator)), 404);
        // Not the coordinator's centre: Karlstad's days and rules are not theirs to change.
        assertProblem(client.put("api/v1/admin/centres/" + karlstad.getJsonNumber("id") + "/closed-days/" + day, "{}", bearer(coordinator)), 403);

        String rules = "api/v1/admin/centres/" + torsby + "/booking-rules";
        String noVisitors = "{\"minMinutes\":30,\"maxMinutes\":240,\"leadDays\":28,"
                + "\"learnerRoomTypes\":[\"STUDY_ROOM\",\"GROUP_ROOM\",\"COMPUTER_ROOM\",\"VIDEO_CONFERENCE_ROOM\"],"
                + "\"memberQuotaMinutes\":600,\"visitorQuotaMinutes\":0}";
        try {
            HttpResponse<String> changed = client.put(rules, noVisitors, bearer(coordinator));
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(json(changed).getInt("visitorQuotaMinutes")).isZero();
            assertThat(assertProblem(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1),
                    bearer(learner.token())), 422).getString("rule")).as("a visitor, with no hours now").isEqualTo("QUOTA_EXCEEDED");
            assertThat(assertProblem(client.put(rules, noVisitors.replace("\"minMinutes\":30", "\"minMinutes\":300"), bearer(coordinator)), 400)
                    .getString("parameter")).isEqualTo("rules");
            assertProblem(client.put("api/v1/admin/centres/" + karlstad.getJsonNumber("id") + "/booking-rules", noVisitors,
                    bearer(coordinator)), 403);
        } finally {
            client.put(rules, noVisitors.replace("\"visitorQuotaMinutes\":0", "\"visitorQuotaMinutes\":240"), bearer(coordinator));
        }
        assertThat(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1), bearer(learner.token())).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aLearnerAdmittedToAnOfferingTheCentreHostsHasItsTenHoursAWeekUntilWithdrawing() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long centre = karlstad.getJsonNumber("id").longValue();
        long offering = -1;
        for (JsonObject o : json(client.get("api/v1/search?open=true&centre=" + centre + "&size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            long id = o.getJsonNumber("id").longValue();
            JsonObject detail = json(client.get("api/v1/offerings/" + id));
            boolean hostedHere = detail.getJsonArray("hostingCentres").getValuesAs(JsonObject.class).stream()
                    .anyMatch(c -> c.getJsonNumber("id").longValue() == centre);
            if (hostedHere && !detail.getBoolean("requiresApproval") && !o.isNull("seatsLeft") && o.getInt("seatsLeft") > 2) {
                offering = id;
                break;
            }
        }
        assertThat(offering).as("an open offering hosted at Karlstad without approval").isPositive();
        JsonObject enrolment = json(client.post("api/v1/enrolments", "{\"offeringId\":" + offering + "}", bearer(learner.token())));
        assertThat(enrolment.getString("status")).isEqualTo("ADMITTED");

        long first = room("STUDY_ROOM", 0);
        long second = room("STUDY_ROOM", 1);
        String[] morning = freeSlot(first, today().plusDays(12), Duration.ofHours(4));
        LocalDate day = OffsetDateTime.parse(morning[0]).atZoneSameInstant(STOCKHOLM).toLocalDate();
        String[] more = freeSlot(second, day, Duration.ofHours(4));
        assertThat(OffsetDateTime.parse(more[0]).atZoneSameInstant(STOCKHOLM).toLocalDate()).as("the same day").isEqualTo(day);
        assertThat(client.post("api/v1/bookings", body(first, morning[0], morning[1], "SELF_STUDY", 1), bearer(learner.token())).statusCode())
                .isEqualTo(201);
        HttpResponse<String> eightHours = client.post("api/v1/bookings", body(second, more[0], more[1], "SELF_STUDY", 1),
                bearer(learner.token()));
        assertThat(eightHours.statusCode()).as("8 of a member's 10 hours: %s", eightHours.body()).isEqualTo(201);

        assertThat(client.delete("api/v1/enrolments/" + enrolment.getJsonNumber("id").longValue(), bearer(learner.token())).statusCode())
                .isEqualTo(204);
        String[] hour = freeSlot(first, day, Duration.ofHours(1));
        assertThat(OffsetDateTime.parse(hour[0]).atZoneSameInstant(STOCKHOLM).toLocalDate()).as("the same week").isEqualTo(day);
        assertThat(assertProblem(client.post("api/v1/bookings", body(first, hour[0], hour[1], "SELF_STUDY", 1), bearer(learner.token())),
                422).getString("rule")).as("a visitor again, past the 4 hours").isEqualTo("QUOTA_EXCEEDED");
    }

    private boolean isFree(long roomId, LocalDate day, LocalTime from, LocalTime to) throws Exception {
        var start = ZonedDateTime.of(day, from, STOCKHOLM).toInstant();
        var end = ZonedDateTime.of(day, to, STOCKHOLM).toInstant();
        return free(roomId, day).stream().anyMatch(span -> !OffsetDateTime.parse(span.getString("start")).toInstant().isAfter(start)
                && !OffsetDateTime.parse(span.getString("end")).toInstant().isBefore(end));
    }

    private static String series(long roomId, LocalDate day, LocalTime from, LocalTime to, int weeks, String onConflict) {
        return Json.createObjectBuilder().add("roomId", roomId).add("start", at(day, from)).add("end", at(day, to))
                .add("purpose", "GROUP_WORK").add("participants", 2).add("weeks", weeks).add("onConflict", onConflict).build().toString();
    }

    @Test
    void aWeeklySeriesIsAllOrNothingOrBooksTheFreeOnesAndListsTheRest() throws Exception {
        String admin = client.token("admin", DEMO_PASSWORD);
        long group = room("GROUP_ROOM", 0);
        LocalTime from = LocalTime.of(18, 0);
        LocalTime to = LocalTime.of(19, 0);
        LocalDate day = today().plusDays(15);
        while (!(day.getDayOfWeek().getValue() <= 4 && isFree(group, day, from, to) && isFree(group, day.plusWeeks(1), from, to)
                && isFree(group, day.plusWeeks(2), from, to))) {
            day = day.plusDays(1);
            assertThat(day).as("three free Tuesday-like evenings in a row").isBefore(today().plusDays(120));
        }
        LocalDate first = day;
        // The second week is taken by someone else first.
        assertThat(client.post("api/v1/bookings", body(group, at(day.plusWeeks(1), from), at(day.plusWeeks(1), to), "GROUP_WORK", 2),
                bearer(admin)).statusCode()).isEqualTo(201);

        assertProblem(client.post("api/v1/booking-series", series(group, day, from, to, 3, "FAIL"), bearer(admin)), 409);
        assertThat(isFree(group, day, from, to)).as("all or nothing: the first week was not kept").isTrue();

        HttpResponse<String> some = client.post("api/v1/booking-series", series(group, day, from, to, 3, "SKIP"), bearer(admin));
        assertThat(some.statusCode()).as(some.body()).isEqualTo(201);
        JsonObject result = json(some);
        assertThat(result.getJsonArray("bookings").getValuesAs(JsonObject.class)).extracting(b -> OffsetDateTime.parse(b.getString("start"))
                .atZoneSameInstant(STOCKHOLM).toLocalDateTime()).containsExactly(first.atTime(from), first.plusWeeks(2).atTime(from));
        assertThat(result.getJsonArray("skipped").getValuesAs(JsonObject.class)).singleElement().satisfies(skipped -> {
            assertThat(skipped.getString("reason")).isEqualTo("TAKEN");
            assertThat(OffsetDateTime.parse(skipped.getString("start")).atZoneSameInstant(STOCKHOLM).toLocalDate()).isEqualTo(first.plusWeeks(1));
        });

        // A learner's series past the 28 days they may book ahead: the later weeks are skipped for it.
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long study = room("STUDY_ROOM", 1);
        // The first free hour from tomorrow (earlier runs on the same database may hold some).
        String[] hour = freeSlot(study, today().plusDays(1), Duration.ofHours(1));
        LocalDate soon = OffsetDateTime.parse(hour[0]).atZoneSameInstant(STOCKHOLM).toLocalDate();
        LocalTime start = OffsetDateTime.parse(hour[0]).atZoneSameInstant(STOCKHOLM).toLocalTime();
        JsonObject learnerSeries = json(client.post("api/v1/booking-series", series(study, soon, start, start.plusHours(1), 6, "SKIP")
                .replace("GROUP_WORK", "SELF_STUDY").replace("\"participants\":2", "\"participants\":1"), bearer(learner.token())));
        assertThat(learnerSeries.getJsonArray("skipped").getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(skipped -> assertThat(skipped.getString("reason")).isIn("TOO_FAR_AHEAD", "TAKEN", "CLOSED_DAY"))
                .anySatisfy(skipped -> assertThat(skipped.getString("reason")).isEqualTo("TOO_FAR_AHEAD"));
    }

    @Test
    void whenATakenSlotFreesTheFirstInTheQueueGetsItAndIsTold() throws Exception {
        Learner holder = TestLearners.registerAndConfirm(client, mailbox, "sv");
        Learner first = TestLearners.registerAndConfirm(client, mailbox, "en");
        Learner second = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long study = room("STUDY_ROOM", 1);
        String[] slot = freeSlot(study, today().plusDays(6), Duration.ofHours(1));
        String queue = Json.createObjectBuilder().add("roomId", study).add("start", slot[0]).add("end", slot[1]).build().toString();

        assertProblem(client.post("api/v1/booking-waitlist", queue, bearer(first.token())), 409); // free: book it instead
        long held = json(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1), bearer(holder.token())))
                .getJsonNumber("id").longValue();
        HttpResponse<String> queued = client.post("api/v1/booking-waitlist", queue, bearer(first.token()));
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(201);
        assertThat(json(queued).getInt("position")).isEqualTo(1);
        assertThat(json(client.post("api/v1/booking-waitlist", queue, bearer(second.token()))).getInt("position")).isEqualTo(2);
        assertProblem(client.post("api/v1/booking-waitlist", queue, bearer(first.token())), 409); // already queued

        assertThat(client.delete("api/v1/bookings/" + held, bearer(holder.token())).statusCode()).isEqualTo(200);
        List<JsonObject> firsts = json(client.get("api/v1/me/bookings", bearer(first.token()))).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(firsts).singleElement().satisfies(b -> {
            assertThat(b.getString("status")).isEqualTo("CONFIRMED");
            assertThat(OffsetDateTime.parse(b.getString("start")).toInstant()).isEqualTo(OffsetDateTime.parse(slot[0]).toInstant());
        });
        assertThat(json(client.get("api/v1/me/bookings", bearer(second.token()))).getJsonArray("items")).isEmpty();
        assertThat(mailbox.await(first.email(), 2, 20)).extracting(Mailbox::subject).anySatisfy(subject ->
                assertThat(subject).startsWith("You got the slot: "));

        // The first cancels in turn: the second gets it.
        long assigned = firsts.get(0).getJsonNumber("id").longValue();
        assertThat(client.delete("api/v1/bookings/" + assigned, bearer(first.token())).statusCode()).isEqualTo(200);
        assertThat(json(client.get("api/v1/me/bookings", bearer(second.token()))).getJsonArray("items").getValuesAs(JsonObject.class))
                .singleElement().satisfies(b -> assertThat(b.getString("status")).isEqualTo("CONFIRMED"));
    }

    @Test
    void aLearnersPrivateFeedAndTheRoomsPublicFeedAreICalendarsThatReadBack() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long study = room("STUDY_ROOM", 0);
        String[] slot = freeSlot(study, today().plusDays(13), Duration.ofHours(2));
        long id = json(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1), bearer(learner.token())))
                .getJsonNumber("id").longValue();

        String url = json(client.get("api/v1/me/calendar", bearer(learner.token()))).getString("url");
        assertThat(json(client.get("api/v1/me/calendar", bearer(learner.token()))).getString("url")).as("the same until replaced").isEqualTo(url);
        String path = url.substring(url.indexOf("api/v1/"));
        HttpResponse<String> feed = client.newVisitor().get(path); // calendar programs do not sign in
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(feed.body()));
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("booking-" + id + "@larcentra");
            assertThat(event.getProperty("DTSTART").orElseThrow().getValue())
                    .isEqualTo(OffsetDateTime.parse(slot[0]).atZoneSameInstant(STOCKHOLM).toLocalDateTime()
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
            assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Stockholm");
        });
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);

        String replaced = json(client.post("api/v1/me/calendar", null, bearer(learner.token()))).getString("url");
        assertThat(replaced).isNotEqualTo(url);
        assertProblem(client.newVisitor().get(path), 404);
        assertThat(client.newVisitor().get(replaced.substring(replaced.indexOf("api/v1/"))).statusCode()).isEqualTo(200);

        HttpResponse<String> roomFeed = client.newVisitor().get("api/v1/rooms/" + study + "/calendar.ics");
        assertThat(roomFeed.statusCode()).isEqualTo(200);
        assertThat(roomFeed.body()).contains("booking-" + id + "@larcentra").doesNotContain(learner.username(), "Test " + learner.username());
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(roomFeed.body()));
    }

    /** The text/calendar part of a mail, parsed; the mail has the text first. */
    private static net.fortuna.ical4j.model.Calendar calendarOf(jakarta.mail.internet.MimeMessage mail) throws Exception {
        var parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        var calendar = parts.getBodyPart(1);
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        String ics = new String(calendar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
    }

    @Test
    void mailsAboutABookingCarryTheEventSoThatCalendarsAddAndRemoveIt() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long study = room("STUDY_ROOM", 1);
        String[] slot = freeSlot(study, today().plusDays(14), Duration.ofHours(1));
        long id = json(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1), bearer(learner.token())))
                .getJsonNumber("id").longValue();
        jakarta.mail.internet.MimeMessage confirmed = mailbox.await(learner.email(), 2, 20).get(1);
        assertThat(Mailbox.subject(confirmed)).startsWith("Bokat: ");
        var request = calendarOf(confirmed);
        assertThat(request.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        net.fortuna.ical4j.model.component.VEvent made = request.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
        assertThat(made.getProperty("UID").orElseThrow().getValue()).isEqualTo("booking-" + id + "@larcentra");

        String admin = client.token("admin", DEMO_PASSWORD);
        assertThat(client.delete("api/v1/bookings/" + id + "?reason=" + enc("Vattenläcka i rummet"), bearer(admin)).statusCode()).isEqualTo(200);
        jakarta.mail.internet.MimeMessage cancelled = mailbox.await(learner.email(), 3, 20).get(2);
        assertThat(Mailbox.subject(cancelled)).startsWith("Avbokat: ");
        var cancel = calendarOf(cancelled);
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        net.fortuna.ical4j.model.component.VEvent off = cancel.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
        assertThat(off.getProperty("UID").orElseThrow().getValue()).as("the same event").isEqualTo("booking-" + id + "@larcentra");
        assertThat(Integer.parseInt(off.getProperty("SEQUENCE").orElseThrow().getValue()))
                .isGreaterThan(Integer.parseInt(made.getProperty("SEQUENCE").orElseThrow().getValue()));
        assertThat(off.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aBookingMovesUnderTheSameRulesTheChangeIsMailedAndTheTimeItLeftGoesToTheQueue() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "en");
        Learner waiting = TestLearners.registerAndConfirm(client, mailbox, "sv");
        Learner other = TestLearners.registerAndConfirm(client, mailbox, "sv");
        long study = room("STUDY_ROOM", 0);
        String[] slot = freeSlot(study, today().plusDays(16), Duration.ofHours(1));
        long id = json(client.post("api/v1/bookings", body(study, slot[0], slot[1], "SELF_STUDY", 1), bearer(learner.token())))
                .getJsonNumber("id").longValue();
        String queue = Json.createObjectBuilder().add("roomId", study).add("start", slot[0]).add("end", slot[1]).build().toString();
        assertThat(client.post("api/v1/booking-waitlist", queue, bearer(waiting.token())).statusCode()).isEqualTo(201);

        LocalDate day = OffsetDateTime.parse(slot[0]).atZoneSameInstant(STOCKHOLM).toLocalDate();
        String[] later = freeSlot(study, day.plusDays(1), Duration.ofHours(1));
        String move = Json.createObjectBuilder().add("start", later[0]).add("end", later[1]).build().toString();
        assertProblem(client.put("api/v1/bookings/" + id, move, bearer(other.token())), 404);
        assertThat(assertProblem(client.put("api/v1/bookings/" + id, Json.createObjectBuilder().add("start", at(day, LocalTime.of(10, 5)))
                .add("end", at(day, LocalTime.of(11, 0))).build().toString(), bearer(learner.token())), 422).getString("rule")).isEqualTo("OFF_GRID");

        HttpResponse<String> moved = client.put("api/v1/bookings/" + id, move, bearer(learner.token()));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(json(moved).getString("start")).toInstant()).isEqualTo(OffsetDateTime.parse(later[0]).toInstant());
        // The time it left went to the first in the queue, in that transaction.
        assertThat(json(client.get("api/v1/me/bookings", bearer(waiting.token()))).getJsonArray("items").getValuesAs(JsonObject.class))
                .singleElement().satisfies(b -> assertThat(OffsetDateTime.parse(b.getString("start")).toInstant())
                        .isEqualTo(OffsetDateTime.parse(slot[0]).toInstant()));
        // The change reaches the learner as the same event, numbered higher.
        jakarta.mail.internet.MimeMessage changed = mailbox.await(learner.email(), 3, 20).get(2);
        assertThat(Mailbox.subject(changed)).startsWith("Booking changed: ");
        var first = calendarOf(mailbox.await(learner.email(), 3, 20).get(1)).<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
        var second = calendarOf(changed).<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").get(0);
        assertThat(second.getProperty("UID").orElseThrow().getValue()).isEqualTo(first.getProperty("UID").orElseThrow().getValue());
        assertThat(Integer.parseInt(second.getProperty("SEQUENCE").orElseThrow().getValue()))
                .isGreaterThan(Integer.parseInt(first.getProperty("SEQUENCE").orElseThrow().getValue()));
        // Onto someone else's booking: taken, with alternatives.
        assertThat(assertProblem(client.put("api/v1/bookings/" + id, Json.createObjectBuilder().add("start", slot[0]).add("end", slot[1])
                .build().toString(), bearer(learner.token())), 409).getJsonArray("alternatives")).isNotEmpty();
    }
}
