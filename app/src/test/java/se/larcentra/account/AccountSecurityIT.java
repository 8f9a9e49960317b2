package se.larcentra.account;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.HttpTestClient.assertProblem;
import static se.larcentra.system.HttpTestClient.bearer;
import static se.larcentra.system.HttpTestClient.json;
import static se.larcentra.system.TestLearners.DEMO_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
 * Guessing, flooding and finding out who has an account, tried against the running server as an
 * attacker would. The IT domain's limits (app/bin/larcentra): 3 attempts per username and address,
 * then one a second, 5 in two minutes; 8 failed logins, 4 registrations and 4 reset requests per
 * address in 30 s; 3 mails anyone can cause per recipient a minute. Each test client poses at an
 * address of its own (X-Forwarded-For from the trusted loopback).
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    static final int ATTEMPTS_BEFORE_THROTTLE = 3;

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

    private static String credentials(String username, String password) {
        return TestLearners.credentials(username, password);
    }

    @Test
    void fiftyParallelWrongGuessesForOneAccountGetNoMoreThanTheAllowanceChecked() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        HttpTestClient guesser = client.newVisitor();
        List<HttpResponse<String>> answers = inParallel(50,
                i -> () -> guesser.post("api/v1/auth/token", credentials(learner.username(), "guess number " + i)));
        Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus.getOrDefault(401, 0L)).as("checked, of %s", byStatus).isBetween(1L, (long) ATTEMPTS_BEFORE_THROTTLE);
        assertThat(byStatus.keySet()).as("only wrong-password and throttled answers: %s", byStatus).isSubsetOf(401, 429, 503);
        answers.stream().filter(a -> a.statusCode() == 429).forEach(a -> {
            assertProblem(a, 429);
            assertThat(a.headers().firstValue("Retry-After")).isPresent();
        });
        // Throttled: the right password from the guessing address is refused unchecked…
        assertProblem(guesser.post("api/v1/auth/token", credentials(learner.username(), learner.password())), 429);
        // …while the owner, at an address that has not been failing, signs in as usual.
        assertThat(client.newVisitor().token(learner.username(), learner.password())).isNotBlank();
    }

    @Test
    void guessingManyAccountsOnceEachSlowsTheGuessingAddressDownAndNobodyElse() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "en");
        HttpTestClient guesser = client.newVisitor();
        int failed = 0;
        HttpResponse<String> answer = null;
        for (int i = 0; i < 20; i++) {
            String username = i % 2 == 0 ? "learner" + (i % 5 + 1) : "nobody-" + i + "-" + guesser.address().replace('.', '-');
            answer = guesser.post("api/v1/auth/token", credentials(username, "not the password " + i));
            if (answer.statusCode() != 401) {
                break;
            }
            failed++;
        }
        // 8 at once; at most one more trickles back while they are checked (one every 3.75 s).
        assertThat(failed).as("failures let through from one address").isBetween(8, 9);
        assertProblem(answer, 429);
        // Even a right password waits at that address; the account itself is not locked.
        assertProblem(guesser.post("api/v1/auth/token", credentials(learner.username(), learner.password())), 429);
        assertThat(client.newVisitor().token(learner.username(), learner.password())).isNotBlank();
        assertThat(client.newVisitor().token("learner1", DEMO_PASSWORD)).as("a demo account that was guessed at").isNotBlank();
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswersAsAKnownOne() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        String unknown = "no-such-" + learner.username();
        HttpTestClient atKnown = client.newVisitor();
        HttpTestClient atUnknown = client.newVisitor();
        for (int attempt = 1; attempt <= ATTEMPTS_BEFORE_THROTTLE + 1; attempt++) {
            HttpResponse<String> known = atKnown.post("api/v1/auth/token", credentials(learner.username(), "wrong " + attempt));
            HttpResponse<String> nobody = atUnknown.post("api/v1/auth/token", credentials(unknown, "wrong " + attempt));
            int expected = attempt <= ATTEMPTS_BEFORE_THROTTLE ? 401 : 429;
            JsonObject knownProblem = assertProblem(known, expected);
            JsonObject nobodyProblem = assertProblem(nobody, expected);
            assertThat(nobodyProblem).as("attempt %d", attempt).isEqualTo(knownProblem);
            assertThat(nobody.headers().firstValue("Retry-After").isPresent()).isEqualTo(known.headers().firstValue("Retry-After").isPresent());
        }
        // The same work either way: one password hash (a shortcut for unknown names would show in time).
        List<Long> knownMillis = new ArrayList<>();
        List<Long> unknownMillis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            knownMillis.add(timed(() -> client.newVisitor().post("api/v1/auth/token", credentials(learner.username(), "wrong"))));
            unknownMillis.add(timed(() -> client.newVisitor().post("api/v1/auth/token", credentials(unknown, "wrong"))));
        }
        long knownMedian = median(knownMillis);
        long unknownMedian = median(unknownMillis);
        assertThat(unknownMedian).as("unknown %s ms against known %s ms", unknownMillis, knownMillis).isGreaterThan(knownMedian / 2);
        assertThat(knownMedian).as("known %s ms against unknown %s ms", knownMillis, unknownMillis).isGreaterThan(unknownMedian / 2);
    }

    @Test
    void registeringWithATakenAddressAnswersAsARegistrationAndTellsTheOwner() throws Exception {
        Learner owner = TestLearners.registerAndConfirm(client, mailbox, "en");
        String newName = "x" + owner.username();
        HttpResponse<String> fresh = register(client.newVisitor(), "f" + owner.username(), "f" + owner.email(), "Someone New");
        HttpResponse<String> taken = register(client.newVisitor(), newName, owner.email().toUpperCase(), "Someone Else");
        assertThat(taken.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(202);
        assertThat(json(taken).keySet()).isEqualTo(json(fresh).keySet());
        assertThat(json(taken).getString("email")).isEqualTo(owner.email());

        MimeMessage told = mailbox.await(owner.email(), 2, 20).get(1);
        assertThat(Mailbox.subject(told)).isEqualTo("Someone tried to create an account with your e-mail address");
        assertThat(Mailbox.body(told)).contains("account/forgot.xhtml").doesNotContain("Someone Else");
        // No account was made: the new username cannot sign in, not even once confirmed (there is nothing to confirm).
        assertProblem(client.newVisitor().post("api/v1/auth/token", credentials(newName, "correct horse " + newName)), 401);
        // A taken username is said.
        assertThat(assertProblem(register(client.newVisitor(), owner.username(), "other-" + owner.email(), "Other"), 409)
                .getString("detail")).contains("username");
    }

    @Test
    void registrationsAndResetRequestsCountPerAddressAndResetMailsPerRecipient() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        HttpTestClient registrar = client.newVisitor();
        List<Integer> registrations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String username = "r" + i + "-" + learner.username();
            registrations.add(register(registrar, username, username + "@example.org", "R " + i).statusCode());
        }
        assertThat(registrations).as("the fifth from one address in 30 s").containsExactly(202, 202, 202, 202, 429);

        HttpTestClient resetter = client.newVisitor();
        List<Integer> resets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            resets.add(resetter.post("api/v1/accounts/password-reset", "{\"email\":\"nobody-" + i + "@example.org\"}").statusCode());
        }
        assertThat(resets).containsExactly(202, 202, 202, 202, 429);

        // Four requests for one learner, each from an address of its own: three mails, not four.
        for (int i = 0; i < 4; i++) {
            assertThat(client.newVisitor().post("api/v1/accounts/password-reset", "{\"email\":\"" + learner.email() + "\"}")
                    .statusCode()).isEqualTo(202);
        }
        mailbox.await(learner.email(), 4, 20); // the confirmation and three reset links
        TestLearners.awaitMailSentAfterEverythingBefore(client, mailbox); // a fourth would be here by now
        assertThat(mailbox.to(learner.email())).extracting(Mailbox::subject)
                .containsExactly("Bekräfta din e-postadress hos Lärcentra", "Återställ ditt lösenord hos Lärcentra",
                        "Återställ ditt lösenord hos Lärcentra", "Återställ ditt lösenord hos Lärcentra");
    }

    @Test
    void theConfirmationMailGreetsByUsernameNeverByTheNameTyped() throws Exception {
        String username = "greet-" + Long.toString(System.nanoTime(), 36);
        String email = username + "@example.org";
        String name = "Win a prize at https://evil.example now";
        assertThat(register(client.newVisitor(), username, email, name).statusCode()).isEqualTo(202);
        String body = Mailbox.body(mailbox.await(email, 1, 20).get(0));
        assertThat(body).startsWith("Hello " + username + ",").doesNotContain("evil.example").doesNotContain("prize");
    }

    @Test
    void aUsernameMayLookLikeAnAddressOnlyWhenItIsTheAccountsOwn() throws Exception {
        String own = "own-" + Long.toString(System.nanoTime(), 36) + "@example.org";
        JsonObject problem = assertProblem(register(client.newVisitor(), "someone.else@example.org", own, "Mallory"), 400);
        assertThat(problem.getString("parameter")).isEqualTo("username");
        assertThat(register(client.newVisitor(), own, own, "Own Address").statusCode()).isEqualTo(202);
    }

    @Test
    void aPasswordResetEndsEverySessionAndEveryOtherResetLink() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "en");
        HttpTestClient browser = client.newVisitor();
        assertThat(browser.signIn(learner.username(), learner.password()).statusCode()).isEqualTo(302);
        assertThat(browser.get("me/applications.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.get("api/v1/me/enrolments").statusCode()).isEqualTo(200);

        client.newVisitor().post("api/v1/accounts/password-reset", "{\"email\":\"" + learner.email() + "\"}");
        client.newVisitor().post("api/v1/accounts/password-reset", "{\"email\":\"" + learner.email() + "\"}");
        List<MimeMessage> mail = mailbox.await(learner.email(), 3, 20);
        String first = Mailbox.linkToken(mail.get(1));
        String second = Mailbox.linkToken(mail.get(2));
        assertThat(client.post("api/v1/accounts/password", "{\"token\":\"" + second + "\",\"password\":\"a new password now\"}")
                .statusCode()).isEqualTo(204);

        assertProblem(browser.get("api/v1/me/enrolments"), 401);
        HttpResponse<String> page = browser.get("me/applications.xhtml");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
        assertProblem(client.post("api/v1/accounts/password", "{\"token\":\"" + first + "\",\"password\":\"yet another one\"}"), 410);
        assertThat(client.newVisitor().token(learner.username(), "a new password now")).isNotBlank();
    }

    @Test
    void theDataExportLeavesOutTheTextOfMailsHoldingLinks() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "en");
        register(client.newVisitor(), "y" + learner.username(), learner.email(), "Someone Else"); // the owner is told
        mailbox.await(learner.email(), 2, 20);
        JsonObject export = json(client.get("api/v1/me/data", bearer(learner.token())));
        Map<String, String> bodies = export.getJsonArray("mail").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getString("subject"), m -> m.getString("body")));
        assertThat(bodies.get("Confirm your e-mail address at Lärcentra")).doesNotContain("token=").contains("left out");
        assertThat(bodies.get("Someone tried to create an account with your e-mail address")).contains("account/forgot.xhtml");
        assertThat(export.toString()).doesNotContain(Mailbox.linkToken(mailbox.to(learner.email()).get(0)));
    }

    @Test
    void deletingOnesAccountAsksForThePasswordAgain() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(client, mailbox, "sv");
        assertThat(assertProblem(client.post("api/v1/me/erasure", "{}", bearer(learner.token())), 400).getString("parameter"))
                .isEqualTo("password");
        assertThat(assertProblem(client.post("api/v1/me/erasure", "{\"password\":\"not it at all\"}", bearer(learner.token())), 400)
                .getString("parameter")).isEqualTo("password");
        assertThat(client.get("api/v1/me/enrolments", bearer(learner.token())).statusCode()).as("still there").isEqualTo(200);
        String body = Json.createObjectBuilder().add("password", learner.password()).build().toString();
        assertThat(client.post("api/v1/me/erasure", body, bearer(learner.token())).statusCode()).isEqualTo(204);
        assertProblem(client.get("api/v1/me/enrolments", bearer(learner.token())), 401);
    }

    @Test
    void everyPageOfADemoSaysItIsADemo() throws Exception {
        for (String page : List.of("", "catalog.xhtml", "login.xhtml", "account/register.xhtml")) {
            assertThat(client.get(page).body()).as(page).contains("id=\"demo-notice\"");
        }
    }

    @Test
    void aFloodOfLoginsIsToldToComeBackWhileOtherPagesKeepAnswering() throws Exception {
        // Every login from an address and for a name of its own: no throttle stops them, only the bound on
        // hashing. One client with a connection per request, so that they all reach the server at once.
        java.net.http.HttpClient flood = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> logins = new ArrayList<>();
            List<String> timings = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 24; i++) {
                String address = HttpTestClient.newAddress();
                java.net.http.HttpRequest login = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/auth/token"))
                        .timeout(java.time.Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .header("X-Forwarded-For", address)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                credentials("flood-" + i + "-" + address.replace('.', '-'), "a wrong password")))
                        .build();
                logins.add(pool.submit(() -> {
                    start.await();
                    long sent = System.nanoTime();
                    HttpResponse<String> answer = flood.send(login, HttpResponse.BodyHandlers.ofString());
                    timings.add(answer.statusCode() + " after " + (System.nanoTime() - sent) / 1_000_000 + " ms");
                    return answer;
                }));
            }
            start.countDown();
            Thread.sleep(300);
            HttpResponse<String> startPage = client.get("");
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> login : logins) {
                answers.add(login.get(60, TimeUnit.SECONDS));
            }
            assertThat(startPage.statusCode()).as("the start page during the flood").isEqualTo(200);
            Map<Integer, Long> byStatus = answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
            assertThat(byStatus.keySet()).as("%s: %s", byStatus, timings).isSubsetOf(401, 503).contains(503);
            answers.stream().filter(a -> a.statusCode() == 503).forEach(a -> {
                assertProblem(a, 503);
                assertThat(a.headers().firstValue("Retry-After")).isPresent();
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> register(HttpTestClient visitor, String username, String email, String name) throws Exception {
        return visitor.post("api/v1/accounts", Json.createObjectBuilder().add("username", username).add("email", email)
                .add("name", name).add("municipality", "1737").add("language", "en")
                .add("password", "correct horse " + username).build().toString());
    }

    private static List<HttpResponse<String>> inParallel(int count, Function<Integer, Callable<HttpResponse<String>>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<HttpResponse<String>> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long timed(Callable<HttpResponse<String>> request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = request.call();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(answer.statusCode()).isEqualTo(401);
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
