package se.larcentra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.HttpTestClient.assertProblem;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.security.SecureRandom;

/** Learners of the tests' own: registered through the API and confirmed by the link in their mail. */
public final class TestLearners {

    /** The password of every demo account (ejb's DemoAccounts), which the IT domain loads. */
    public static final String DEMO_PASSWORD = "larcentra-demo";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A learner who can sign in, with an API token. */
    public record Learner(String username, String email, String password, String token) {
    }

    private TestLearners() {
    }

    /**
     * Registers a learner living in Torsby (1737), confirms by the mailed link, takes a token. Each
     * learner registers from an address of its own, as learners do, so that a test may register more
     * than one address's allowance.
     */
    public static Learner registerAndConfirm(HttpTestClient visitor, Mailbox mailbox, String language) throws Exception {
        HttpTestClient client = visitor.newVisitor();
        String username = "it-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        String email = username + "@example.org";
        String password = "correct horse " + username;
        HttpResponse<String> registered = client.postPatiently("api/v1/accounts", Json.createObjectBuilder()
                .add("username", username).add("email", email).add("name", "Test " + username)
                .add("municipality", "1737").add("language", language).add("password", password).build().toString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        // Not confirmed yet: cannot sign in.
        assertProblem(client.post("api/v1/auth/token", credentials(username, password)), 401);

        MimeMessage confirmation = mailbox.await(email, 1, 20).get(0);
        assertThat(Mailbox.subject(confirmation)).isEqualTo(language.equals("sv")
                ? "Bekräfta din e-postadress hos Lärcentra" : "Confirm your e-mail address at Lärcentra");
        String link = Mailbox.linkToken(confirmation);
        assertThat(client.post("api/v1/accounts/confirmation", "{\"token\":\"" + link + "\"}").statusCode()).isEqualTo(204);
        assertProblem(client.post("api/v1/accounts/confirmation", "{\"token\":\"" + link + "\"}"), 410); // once only
        return new Learner(username, email, password, client.token(username, password));
    }

    /**
     * Waits until the outbox sender has sent a mail written after everything sent so far: a
     * registration's confirmation to a throwaway address. Once it has arrived, a message sent twice,
     * or one a rolled-back change might have written, would have arrived too: the condition to wait
     * for before asserting that something did not happen.
     */
    public static void awaitMailSentAfterEverythingBefore(HttpTestClient client, Mailbox mailbox) throws Exception {
        String username = "canary-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        HttpResponse<String> registered = client.newVisitor().post("api/v1/accounts", Json.createObjectBuilder()
                .add("username", username).add("email", username + "@example.org").add("name", "Canary")
                .add("municipality", "1737").add("language", "en").add("password", "correct horse " + username).build().toString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        assertThat(mailbox.await(username + "@example.org", 1, 60)).as("the canary's mail").hasSize(1);
    }

    public static String credentials(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }
}
