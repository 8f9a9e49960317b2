package se.larcentra.account;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.HttpTestClient.assertProblem;
import static se.larcentra.system.HttpTestClient.bearer;
import static se.larcentra.system.HttpTestClient.json;
import static se.larcentra.system.TestLearners.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
 * Accounts, enrolment and mail over the API, against the deployed EAR, with GreenMail as the SMTP
 * server: registration and confirmation by the mailed link, one message per enrolment event in the
 * learner's language, mail surviving an SMTP outage, login throttling and lockout, password-reset
 * links, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsAndMailIT {

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private HttpTestClient client;

    @BeforeEach
    void client() {
        client = new HttpTestClient(base);
    }

    /** A learner registered and confirmed through the API and the mailed link, with a bearer token. */
    private Learner registerAndConfirm(String language) throws Exception {
        return TestLearners.registerAndConfirm(client, mailbox, language);
    }

    private static String credentials(String username, String password) {
        return TestLearners.credentials(username, password);
    }

    /** Offerings open for application now, with free seats and no approval step, from the search API. */
    private List<Long> openOfferings(int count) throws Exception {
        JsonObject page = json(client.get("api/v1/search?open=true&size=100"));
        List<Long> ids = new ArrayList<>();
        for (JsonValue item : page.getJsonArray("items")) {
            JsonObject o = item.asJsonObject();
            if (!o.isNull("seatsLeft") && o.getInt("seatsLeft") > 5) {
                JsonObject detail = json(client.get("api/v1/offerings/" + o.getJsonNumber("id").longValue()));
                if (!detail.getBoolean("requiresApproval")) {
                    ids.add(o.getJsonNumber("id").longValue());
                }
            }
            if (ids.size() == count) {
                return ids;
            }
        }
        throw new AssertionError("not enough open offerings in the demo data");
    }

    private HttpResponse<String> apply(String token, long offeringId) throws Exception {
        return client.post("api/v1/enrolments", "{\"offeringId\":" + offeringId + "}", bearer(token));
    }

    @Test
    void eachEnrolmentEventSendsExactlyOneMessageInTheLearnersLanguage() throws Exception {
        Learner swedish = registerAndConfirm("sv");
        Learner english = registerAndConfirm("en");
        long offering = openOfferings(1).get(0);

        HttpResponse<String> applied = apply(swedish.token(), offering);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        JsonObject enrolment = json(applied);
        assertThat(enrolment.getString("status")).isEqualTo("ADMITTED");
        assertThat(enrolment.isNull("waitlistPosition")).isTrue();
        assertThat(applied.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/v1/enrolments/" + enrolment.getJsonNumber("id")));
        assertThat(apply(english.token(), offering).statusCode()).isEqualTo(201);

        List<MimeMessage> sv = mailbox.await(swedish.email(), 2, 20);
        List<MimeMessage> en = mailbox.await(english.email(), 2, 20);
        assertThat(Mailbox.subject(sv.get(1))).startsWith("Du har fått en plats: ");
        assertThat(Mailbox.body(sv.get(1))).contains("Hej Test " + swedish.username());
        assertThat(Mailbox.subject(en.get(1))).startsWith("You have a place: ");

        // Applying twice is refused, and sends nothing.
        assertProblem(apply(swedish.token(), offering), 409);
        assertThat(client.delete("api/v1/enrolments/" + enrolment.getJsonNumber("id"), bearer(swedish.token())).statusCode())
                .isEqualTo(204);
        List<MimeMessage> after = mailbox.await(swedish.email(), 3, 20);
        assertThat(Mailbox.subject(after.get(2))).startsWith("Du har återtagit din ansökan: ");

        TestLearners.awaitMailSentAfterEverythingBefore(client, mailbox); // anything sent twice would have arrived by now
        assertThat(mailbox.to(swedish.email())).hasSize(3);
        assertThat(mailbox.to(english.email())).hasSize(2);
        assertThat(mailbox.to(swedish.email()).stream().map(Mailbox::messageId).collect(Collectors.toSet())).hasSize(3);

        // The learner sees the whole history: applied (admitted), then withdrawn, each by them.
        JsonObject mine = json(client.get("api/v1/me/enrolments", bearer(swedish.token())));
        JsonObject item = mine.getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(item.getJsonArray("history").stream().map(s -> s.asJsonObject().getString("status")).toList())
                .containsExactly("ADMITTED", "WITHDRAWN");
        assertThat(item.getJsonArray("history").getJsonObject(1).getString("by")).isEqualTo(swedish.username());
    }

    @Test
    void mailWaitsOutAnSmtpOutageAndArrivesOnce() throws Exception {
        Learner learner = registerAndConfirm("en");
        long offering = openOfferings(2).get(1);
        String admin = client.token("admin", DEMO_PASSWORD);
        mailbox.stop();
        try {
            HttpResponse<String> applied = apply(learner.token(), offering);
            assertThat(applied.statusCode()).as("enrolment during the outage: %s", applied.body()).isEqualTo(201);
            // Until the sender has failed to send it more than once.
            long deadline = System.currentTimeMillis() + 30_000;
            int attempts = 0;
            while (attempts < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
                attempts = json(client.get("api/v1/admin/outbox?status=PENDING&size=100", bearer(admin))).getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("recipient").equals(learner.email()))
                        .mapToInt(m -> m.getInt("attempts")).max().orElse(0);
            }
            assertThat(attempts).as("failed attempts during the outage").isGreaterThanOrEqualTo(2);
        } finally {
            mailbox.start();
        }
        List<MimeMessage> received = mailbox.await(learner.email(), 1, 60);
        assertThat(received).extracting(Mailbox::subject).allMatch(s -> s.startsWith("You have a place: "));
        TestLearners.awaitMailSentAfterEverythingBefore(client, mailbox);
        assertThat(mailbox.to(learner.email())).as("sent once, not once per attempt").hasSize(1);
    }

    @Test
    void repeatedFailedLoginsAreThrottledThenLocked() throws Exception {
        Learner learner = registerAndConfirm("sv");
        String wrong = credentials(learner.username(), "not the password");
        for (int i = 0; i < 3; i++) {
            assertProblem(client.post("api/v1/auth/token", wrong), 401);
        }
        // The fourth attempt right away is not even checked: 429 with Retry-After, also for the right password.
        HttpResponse<String> throttled = client.post("api/v1/auth/token", credentials(learner.username(), learner.password()));
        assertProblem(throttled, 429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        // Waiting as told lets it try again; two more failures lock the account (IT domain: lock after 5).
        for (int attempt = 0; attempt < 2; attempt++) {
            Thread.sleep(Long.parseLong(client.post("api/v1/auth/token", wrong).headers().firstValue("Retry-After").orElse("0")) * 1000 + 200);
            HttpResponse<String> failed = client.post("api/v1/auth/token", wrong);
            assertThat(failed.statusCode()).isIn(401, 429);
        }
        HttpResponse<String> locked = client.post("api/v1/auth/token", credentials(learner.username(), learner.password()));
        assertProblem(locked, 429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isGreaterThan(60);
    }

    @Test
    void aPasswordResetLinkWorksOnceAndExpires() throws Exception {
        Learner learner = registerAndConfirm("en");
        assertThat(client.post("api/v1/accounts/password-reset", "{\"email\":\"" + learner.email() + "\"}").statusCode()).isEqualTo(202);
        // Unknown addresses get the same answer: nobody learns who has an account.
        assertThat(client.post("api/v1/accounts/password-reset", "{\"email\":\"nobody@example.org\"}").statusCode()).isEqualTo(202);
        MimeMessage reset = mailbox.await(learner.email(), 2, 20).get(1);
        assertThat(Mailbox.subject(reset)).isEqualTo("Reset your Lärcentra password");
        String token = Mailbox.linkToken(reset);

        assertThat(assertProblem(client.post("api/v1/accounts/password", "{\"token\":\"" + token + "\",\"password\":\"short\"}"), 400)
                .getString("parameter")).isEqualTo("password"); // and the link still works
        String newPassword = "a brand new password";
        assertThat(client.post("api/v1/accounts/password",
                "{\"token\":\"" + token + "\",\"password\":\"" + newPassword + "\"}").statusCode()).isEqualTo(204);
        assertProblem(client.post("api/v1/accounts/password", "{\"token\":\"" + token + "\",\"password\":\"another new one\"}"), 410);
        assertProblem(client.post("api/v1/auth/token", credentials(learner.username(), learner.password())), 401);
        assertThat(client.token(learner.username(), newPassword)).isNotBlank();
        // The reset revoked the old token.
        assertProblem(client.get("api/v1/me/enrolments", bearer(learner.token())), 401);

        client.post("api/v1/accounts/password-reset", "{\"email\":\"" + learner.email() + "\"}");
        String late = Mailbox.linkToken(mailbox.await(learner.email(), 3, 20).get(2));
        // The IT domain's links live 10 s. A password too short is refused without using the link up
        // (400) while the link is good, so asking with one tells when it has expired (410).
        long deadline = System.currentTimeMillis() + 30_000;
        int status = 400;
        while (status == 400 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            status = client.post("api/v1/accounts/password", "{\"token\":\"" + late + "\",\"password\":\"short\"}").statusCode();
        }
        assertThat(status).as("the link expired").isEqualTo(410);
        assertProblem(client.post("api/v1/accounts/password", "{\"token\":\"" + late + "\",\"password\":\"too late, sorry\"}"), 410);
    }

    @Test
    void aLearnerCannotSeeOrChangeAnotherLearnersEnrolment() throws Exception {
        Learner owner = registerAndConfirm("sv");
        String other = client.token("learner4", DEMO_PASSWORD);
        long offering = openOfferings(3).get(2);
        long id = json(apply(owner.token(), offering)).getJsonNumber("id").longValue();

        assertProblem(client.get("api/v1/enrolments/" + id, bearer(other)), 404);
        assertProblem(client.delete("api/v1/enrolments/" + id, bearer(other)), 404);
        assertThat(json(client.get("api/v1/me/enrolments", bearer(other))).getJsonArray("items").stream()
                .noneMatch(e -> e.asJsonObject().getJsonNumber("id").longValue() == id)).isTrue();
        assertThat(json(client.get("api/v1/enrolments/" + id, bearer(owner.token()))).getString("status")).isEqualTo("ADMITTED");
    }

    @Test
    void eachRoleIsDeniedWhatItMayNotDo() throws Exception {
        String learner = client.token("learner5", DEMO_PASSWORD);
        String teacher = client.token("teacher1", DEMO_PASSWORD);
        String tutor = client.token("tutor1", DEMO_PASSWORD);
        String coordinator = client.token("coordinator1", DEMO_PASSWORD);
        String admin = client.token("admin", DEMO_PASSWORD);
        long offering = openOfferings(1).get(0);
        String apply = "{\"offeringId\":" + offering + "}";

        // Without a token: 401 everywhere that needs a caller.
        assertProblem(client.get("api/v1/me/enrolments"), 401);
        assertProblem(client.post("api/v1/enrolments", apply), 401);
        assertProblem(client.get("api/v1/admin/accounts"), 401);
        assertProblem(client.get("api/v1/me/data"), 401);
        assertProblem(client.post("api/v1/admin/search/rebuild", null), 401);
        // Only learners apply, withdraw and read their own data.
        for (String staff : List.of(teacher, tutor, coordinator, admin)) {
            assertProblem(client.post("api/v1/enrolments", apply, bearer(staff)), 403);
            assertProblem(client.get("api/v1/me/enrolments", bearer(staff)), 403);
            assertProblem(client.get("api/v1/me/data", bearer(staff)), 403);
        }
        // Only staff of the offering see its list; only administrators manage accounts and the outbox.
        assertProblem(client.get("api/v1/offerings/" + offering + "/enrolments", bearer(learner)), 403);
        assertProblem(client.get("api/v1/offerings/" + offering + "/enrolments", bearer(tutor)), 403);
        for (String notAdmin : List.of(learner, teacher, tutor, coordinator)) {
            assertProblem(client.get("api/v1/admin/accounts", bearer(notAdmin)), 403);
            assertProblem(client.get("api/v1/admin/outbox", bearer(notAdmin)), 403);
            assertProblem(client.post("api/v1/admin/search/rebuild", null, bearer(notAdmin)), 403);
        }
        assertThat(client.get("api/v1/admin/accounts", bearer(admin)).statusCode()).isEqualTo(200);
        HttpResponse<String> rebuild = client.post("api/v1/admin/search/rebuild", null, bearer(admin));
        assertThat(rebuild.statusCode()).isEqualTo(202);
        assertThat(json(rebuild).getJsonObject("search").getBoolean("ready")).as("search keeps answering meanwhile").isTrue();
        assertThat(client.get("api/v1/offerings/" + offering + "/enrolments", bearer(admin)).statusCode()).isEqualTo(200);

        // A revoked token is dead.
        assertThat(client.delete("api/v1/auth/token", bearer(learner)).statusCode()).isEqualTo(204);
        assertProblem(client.get("api/v1/me/enrolments", bearer(learner)), 401);
    }

    @Test
    void administratorsManageCentresAndProvidersAndCoordinatorsTheRoomsOfTheirOwnCentres() throws Exception {
        String admin = client.token("admin", DEMO_PASSWORD);
        String coordinator = client.token("coordinator1", DEMO_PASSWORD);
        String learner = client.token("learner3", DEMO_PASSWORD);
        String centre = """
                {"municipality":"1737","nameSv":"Lärcentrum Östmark","nameEn":"Östmark Learning Centre","street":"Byvägen 1",
                 "postalCode":"685 96","town":"Östmark","latitude":60.28,"longitude":12.73,"email":"ostmark@example.se"}""";
        assertProblem(client.post("api/v1/admin/centres", centre, bearer(learner)), 403);
        assertProblem(client.post("api/v1/admin/centres", centre, bearer(coordinator)), 403);
        HttpResponse<String> created = client.post("api/v1/admin/centres", centre, bearer(admin));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long centreId = json(created).getJsonNumber("id").longValue();
        assertThat(json(client.get("api/v1/centres/" + centreId)).getString("name")).isEqualTo("Lärcentrum Östmark");
        JsonObject invalid = assertProblem(client.post("api/v1/admin/centres", centre.replace("685 96", "6859"), bearer(admin)), 400);
        assertThat(invalid.getString("parameter")).isEqualTo("postalCode");

        // The coordinator of Torsby's centres manages their rooms and hours, and no one else's.
        long torsby = -1;
        long other = -1;
        for (JsonValue item : json(client.get("api/v1/centres?size=100")).getJsonArray("items")) {
            JsonObject c = item.asJsonObject();
            boolean inTorsby = c.getJsonObject("municipality").getString("code").equals("1737");
            if (inTorsby && torsby < 0 && c.getJsonNumber("id").longValue() != centreId) {
                torsby = c.getJsonNumber("id").longValue();
            } else if (!inTorsby && other < 0) {
                other = c.getJsonNumber("id").longValue();
            }
        }
        String room = "{\"nameSv\":\"Tysta rummet\",\"type\":\"STUDY_ROOM\",\"capacity\":2,\"equipment\":[\"HEARING_LOOP\"]}";
        HttpResponse<String> added = client.post("api/v1/admin/centres/" + torsby + "/rooms", room, bearer(coordinator));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long roomId = json(added).getJsonNumber("id").longValue();
        assertProblem(client.post("api/v1/admin/centres/" + other + "/rooms", room, bearer(coordinator)), 403);
        assertThat(client.put("api/v1/admin/centres/" + torsby + "/rooms/" + roomId,
                room.replace("\"capacity\":2", "\"capacity\":3"), bearer(coordinator)).statusCode()).isEqualTo(204);
        String hours = "[{\"day\":\"MONDAY\",\"opens\":\"08:00\",\"closes\":\"12:00\"},"
                + "{\"day\":\"MONDAY\",\"opens\":\"13:00\",\"closes\":\"17:00\"}]";
        assertThat(client.put("api/v1/admin/centres/" + torsby + "/opening-hours", hours, bearer(coordinator)).statusCode()).isEqualTo(204);
        JsonObject updated = json(client.get("api/v1/centres/" + torsby));
        assertThat(updated.getJsonArray("openingHours")).hasSize(2);
        assertThat(updated.getJsonArray("rooms").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == roomId).findFirst().orElseThrow().getInt("capacity")).isEqualTo(3);
        assertThat(client.post("api/v1/admin/centres/" + torsby + "/rooms/" + roomId + "/deactivation", null, bearer(coordinator))
                .statusCode()).isEqualTo(204);

        // Providers: administrators only.
        String provider = "{\"name\":\"Testskolan\",\"type\":\"OTHER\",\"website\":\"https://example.org\"}";
        assertProblem(client.post("api/v1/admin/providers", provider, bearer(coordinator)), 403);
        HttpResponse<String> newProvider = client.post("api/v1/admin/providers", provider, bearer(admin));
        assertThat(newProvider.statusCode()).as(newProvider.body()).isEqualTo(201);
        long providerId = json(newProvider).getJsonNumber("id").longValue();
        assertThat(client.put("api/v1/admin/providers/" + providerId, provider.replace("OTHER", "KOMVUX"), bearer(admin)).statusCode())
                .isEqualTo(204);
        assertThat(client.post("api/v1/admin/providers/" + providerId + "/deactivation", null, bearer(admin)).statusCode()).isEqualTo(204);
        assertThat(client.post("api/v1/admin/centres/" + centreId + "/deactivation", null, bearer(admin)).statusCode()).isEqualTo(204);
    }

    @Test
    void theSessionIdChangesAtLoginAndLogoutEndsTheSession() throws Exception {
        HttpResponse<String> page = client.get("login.xhtml");
        String before = client.cookie("JSESSIONID").orElseThrow();
        java.util.regex.Matcher viewState = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(viewState.find()).isTrue();
        HttpResponse<String> login = client.postForm("login.xhtml", java.util.Map.of("login", "login", "username", "learner2",
                "password", DEMO_PASSWORD, "submit", "Logga in", "jakarta.faces.ViewState", viewState.group(1)));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/me/applications.xhtml"));
        String after = client.cookie("JSESSIONID").orElseThrow();
        assertThat(after).as("a new session id after login (no fixation)").isNotEqualTo(before);
        assertThat(client.get("me/applications.xhtml").statusCode()).isEqualTo(200);
        // The session works for the learner's own API calls too; a forged form post without the view state does not.
        assertThat(client.get("api/v1/me/enrolments").statusCode()).isEqualTo(200);
        HttpResponse<String> forged = client.postForm("me/applications.xhtml", java.util.Map.of("delete", "delete",
                "delete:confirm", "on", "delete:submit", "Ta bort kontot"));
        assertThat(forged.statusCode()).isNotEqualTo(302);
        assertThat(client.get("api/v1/me/enrolments").statusCode()).as("still there").isEqualTo(200);
    }

    @Test
    void teachersDecideOnApplicationsToTheirOfferingsAndExportTheList() throws Exception {
        String admin = client.token("admin", DEMO_PASSWORD);
        String teacher = client.token("teacher1", DEMO_PASSWORD);
        JsonObject teacherAccount = null;
        for (int page = 0; teacherAccount == null; page++) { // the tests' own accounts come and go: look through all
            JsonObject accounts = json(client.get("api/v1/admin/accounts?size=100&page=" + page, bearer(admin)));
            assertThat(accounts.getJsonArray("items")).as("teacher1 among the accounts").isNotEmpty();
            teacherAccount = accounts.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(a -> a.getString("username").equals("teacher1")).findFirst().orElse(null);
        }
        long approval = -1;
        for (JsonValue id : teacherAccount.getJsonArray("offeringIds")) {
            long offering = ((jakarta.json.JsonNumber) id).longValue();
            if (json(client.get("api/v1/offerings/" + offering)).getBoolean("requiresApproval")) {
                approval = offering;
            }
        }
        assertThat(approval).as("teacher1 teaches an offering that approves each application").isPositive();
        long notTaught = openOfferings(1).get(0);
        assertProblem(client.get("api/v1/offerings/" + notTaught + "/enrolments", bearer(teacher)), 403);

        Learner learner = registerAndConfirm("en");
        JsonObject pending = json(apply(learner.token(), approval));
        assertThat(pending.getString("status")).isEqualTo("PENDING_APPROVAL");
        long id = pending.getJsonNumber("id").longValue();
        assertProblem(client.post("api/v1/enrolments/" + id + "/decision", "{\"decision\":\"REJECT\"}", bearer(teacher)), 409);
        HttpResponse<String> decided = client.post("api/v1/enrolments/" + id + "/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"The course is full of prerequisites you lack\"}", bearer(teacher));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(json(decided).getString("status")).isEqualTo("REJECTED");
        MimeMessage rejected = mailbox.await(learner.email(), 3, 20).get(2);
        assertThat(Mailbox.subject(rejected)).startsWith("Your application was not approved: ");
        assertThat(Mailbox.body(rejected)).contains("Reason: The course is full of prerequisites you lack");
        JsonObject history = json(client.get("api/v1/enrolments/" + id, bearer(learner.token())));
        assertThat(history.getJsonArray("history").getJsonObject(1).getString("by")).isEqualTo("teacher1");

        HttpResponse<String> csv = client.get("staff/roster.csv?offering=" + approval, bearer(teacher));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFenrolment,learner,name,status,waitlist position,applied at");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(id + ",").contains("Test " + learner.username(), "REJECTED"));
        assertThat(client.get("staff/roster.csv?offering=" + notTaught, bearer(teacher)).statusCode()).isEqualTo(403);
    }

    @Test
    void applyingWarnsWhenTheOverlappingAdmittedOfferingsWouldExceedFullTime() throws Exception {
        // Two full-time offerings open now whose dates overlap, with seats and no approval step.
        List<JsonObject> fullTime = new ArrayList<>();
        for (JsonValue item : json(client.get("api/v1/search?open=true&pace=100&size=100")).getJsonArray("items")) {
            JsonObject o = item.asJsonObject();
            if (o.getInt("seatsLeft", 0) > 5 && o.containsKey("endDate")
                    && !json(client.get("api/v1/offerings/" + o.getJsonNumber("id").longValue())).getBoolean("requiresApproval")) {
                fullTime.add(o);
            }
        }
        JsonObject[] pair = null;
        for (int a = 0; a < fullTime.size() && pair == null; a++) {
            for (int b = a + 1; b < fullTime.size() && pair == null; b++) {
                JsonObject x = fullTime.get(a);
                JsonObject y = fullTime.get(b);
                if (x.getString("startDate").compareTo(y.getString("endDate")) <= 0 && y.getString("startDate").compareTo(x.getString("endDate")) <= 0) {
                    pair = new JsonObject[] {x, y};
                }
            }
        }
        assertThat(pair).as("two overlapping full-time offerings in the demo data").isNotNull();

        Learner learner = registerAndConfirm("sv");
        JsonObject first = json(apply(learner.token(), pair[0].getJsonNumber("id").longValue()));
        assertThat(first.getString("status")).isEqualTo("ADMITTED");
        assertThat(first.getInt("studyLoadPercent")).isEqualTo(100);
        assertThat(first.getBoolean("studyLoadWarning")).isFalse();
        JsonObject second = json(apply(learner.token(), pair[1].getJsonNumber("id").longValue()));
        assertThat(second.getString("status")).as("a warning, not a refusal").isEqualTo("ADMITTED");
        assertThat(second.getInt("studyLoadPercent")).isEqualTo(200);
        assertThat(second.getBoolean("studyLoadWarning")).isTrue();
        // Withdrawn from the first, the load is the second's alone again.
        assertThat(client.delete("api/v1/enrolments/" + first.getJsonNumber("id").longValue(), bearer(learner.token())).statusCode())
                .isEqualTo(204);
        assertThat(client.delete("api/v1/enrolments/" + second.getJsonNumber("id").longValue(), bearer(learner.token())).statusCode())
                .isEqualTo(204);
        JsonObject again = json(apply(learner.token(), pair[1].getJsonNumber("id").longValue()));
        assertThat(again.getInt("studyLoadPercent")).isEqualTo(100);
        assertThat(again.getBoolean("studyLoadWarning")).isFalse();
    }

    @Test
    void unconfirmedAccountsAndTheTextOfSentMailAreRemovedAfterTheirPeriods() throws Exception {
        // The IT domain keeps unconfirmed accounts and the text of sent mail for 30 s (app/bin/larcentra).
        String admin = client.token("admin", DEMO_PASSWORD);
        String username = "it-unconfirmed-" + Long.toString(System.nanoTime(), 36);
        String email = username + "@example.org";
        HttpResponse<String> registered = client.post("api/v1/accounts", "{\"username\":\"" + username + "\",\"email\":\"" + email
                + "\",\"name\":\"Never Confirmed\",\"municipality\":\"1737\",\"language\":\"en\",\"password\":\"a long enough password\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        mailbox.await(email, 1, 20);
        assertThat(json(client.get("api/v1/admin/accounts?q=" + username, bearer(admin))).getInt("total")).isEqualTo(1);
        JsonObject sent = sentMailTo(admin, email);
        assertThat(sent.getBoolean("textKept")).as("kept for a while after sending").isTrue();

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        boolean accountGone = false;
        boolean textGone = false;
        while (!(accountGone && textGone) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            accountGone = json(client.get("api/v1/admin/accounts?q=" + username, bearer(admin))).getInt("total") == 0;
            textGone = !sentMailTo(admin, email).getBoolean("textKept");
        }
        assertThat(accountGone).as("the unconfirmed account is removed").isTrue();
        assertThat(textGone).as("the sent mail's text is removed").isTrue();
        JsonObject record = sentMailTo(admin, email);
        assertThat(record.getString("subject")).as("the record of the mail stays").isEqualTo("Confirm your e-mail address at Lärcentra");
        assertThat(record.getString("messageId")).isNotBlank();
    }

    /** The outbox's record of the (one) sent mail to {@code email}, from the newest 100 sent. */
    private JsonObject sentMailTo(String admin, String email) throws Exception {
        return json(client.get("api/v1/admin/outbox?status=SENT&size=100", bearer(admin))).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("recipient").equals(email)).findFirst().orElseThrow();
    }
}
