package se.larcentra.account;

import static org.assertj.core.api.Assertions.assertThat;
import static se.larcentra.system.HttpTestClient.assertProblem;
import static se.larcentra.system.HttpTestClient.bearer;
import static se.larcentra.system.HttpTestClient.json;
import static se.larcentra.system.TestLearners.DEMO_PASSWORD;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * CSRF on the API: a browser signed in through the login page sends its session cookie with
 * requests other sites' pages make. A call that changes something with that cookie is carried out
 * only when it shows it comes from this site (its Origin, or an X-Requested-With header a foreign
 * page cannot set); a plain HTML form (form-encoded or text/plain) is refused. Calls with a bearer
 * token are not affected; reading is not affected.
 */
@ExtendWith(ArquillianExtension.class)
class ApiCrossSiteRequestIT {

    private static final String FOREIGN = "https://evil.example";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @RegisterExtension
    static final Mailbox mailbox = new Mailbox();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** For API calls with a bearer token; holds no session. */
    private HttpTestClient api;
    /** This site's origin, as a browser on its pages sends it. */
    private String ownOrigin;

    @BeforeEach
    void setUp() {
        api = new HttpTestClient(base);
        ownOrigin = base.getProtocol() + "://" + base.getHost() + ":" + (base.getPort() == -1 ? base.getDefaultPort() : base.getPort());
    }

    /** A browser signed in through the login page, as a person would: its session cookie is all it holds. */
    private HttpTestClient signedIn(String username, String password) throws Exception {
        HttpTestClient browser = new HttpTestClient(base);
        Matcher viewState = VIEW_STATE.matcher(browser.get("login.xhtml").body());
        assertThat(viewState.find()).as("the login form's view state").isTrue();
        HttpResponse<String> login = browser.postForm("login.xhtml", Map.of("login", "login", "username", username,
                "password", password, "submit", "Logga in", "jakarta.faces.ViewState", viewState.group(1)));
        assertThat(login.statusCode()).as("signing in as %s: %s", username, login.body()).isEqualTo(302);
        assertThat(browser.cookie("JSESSIONID")).isPresent();
        return browser;
    }

    /** Offerings open for application now, with free seats and no approval step. */
    private List<Long> openOfferings(int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonValue item : json(api.get("api/v1/search?open=true&size=100")).getJsonArray("items")) {
            JsonObject offering = item.asJsonObject();
            long id = offering.getJsonNumber("id").longValue();
            if (!offering.isNull("seatsLeft") && offering.getInt("seatsLeft") > 5
                    && !json(api.get("api/v1/offerings/" + id)).getBoolean("requiresApproval")) {
                ids.add(id);
            }
            if (ids.size() == count) {
                return ids;
            }
        }
        throw new AssertionError("not enough open offerings in the demo data");
    }

    private static String application(long offeringId) {
        return "{\"offeringId\":" + offeringId + "}";
    }

    private static int enrolmentCount(HttpTestClient client, String... headers) throws Exception {
        HttpResponse<String> mine = client.get("api/v1/me/enrolments", headers);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        return json(mine).getInt("total");
    }

    @Test
    void aLearnersSessionChangesNothingThroughTheApiUnlessTheCallComesFromThisSite() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(api, mailbox, "sv");
        List<Long> offerings = openOfferings(2);
        HttpTestClient browser = signedIn(learner.username(), learner.password());
        assertThat(enrolmentCount(browser)).as("reading with the session needs nothing more").isZero();

        // What another site's page can make the browser send: a form, or a script's request without custom headers.
        assertProblem(browser.postForm("api/v1/enrolments", Map.of("offeringId", offerings.get(0).toString())), 403);
        assertProblem(browser.request("POST", "api/v1/enrolments", "text/plain", application(offerings.get(0))), 403);
        assertProblem(browser.post("api/v1/enrolments", application(offerings.get(0))), 403);
        assertProblem(browser.post("api/v1/enrolments", application(offerings.get(0)), "Origin", FOREIGN), 403);
        JsonObject refused = assertProblem(browser.post("api/v1/enrolments", application(offerings.get(0)), "Origin", FOREIGN,
                "X-Requested-With", "XMLHttpRequest"), 403);
        assertThat(refused.getString("detail")).contains(FOREIGN);
        assertProblem(browser.post("api/v1/enrolments", application(offerings.get(0)), "Origin", "null"), 403);
        assertThat(enrolmentCount(browser)).as("nothing was applied for").isZero();

        // Even from this site, a form's media types are not what the API takes.
        assertProblem(browser.request("POST", "api/v1/enrolments", "application/x-www-form-urlencoded",
                "offeringId=" + offerings.get(0), "Origin", ownOrigin), 415);
        assertProblem(browser.request("POST", "api/v1/enrolments", "text/plain", application(offerings.get(0)), "Origin", ownOrigin), 415);
        assertThat(enrolmentCount(browser)).isZero();

        // This site's own pages: its Origin, or (where a client sends none) the custom header.
        HttpResponse<String> applied = browser.post("api/v1/enrolments", application(offerings.get(0)), "Origin", ownOrigin);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        long enrolment = json(applied).getJsonNumber("id").longValue();
        assertProblem(browser.delete("api/v1/enrolments/" + enrolment), 403);
        assertProblem(browser.delete("api/v1/enrolments/" + enrolment, "Origin", FOREIGN), 403);
        assertThat(json(browser.get("api/v1/enrolments/" + enrolment)).getString("status")).as("not withdrawn").isEqualTo("ADMITTED");
        assertThat(browser.delete("api/v1/enrolments/" + enrolment, "X-Requested-With", "XMLHttpRequest").statusCode()).isEqualTo(204);
        assertThat(json(browser.get("api/v1/enrolments/" + enrolment)).getString("status")).isEqualTo("WITHDRAWN");

        // A bearer token is not sent by a browser on its own: such calls need neither Origin nor header.
        HttpResponse<String> byToken = api.post("api/v1/enrolments", application(offerings.get(1)), "Origin", FOREIGN,
                "Authorization", "Bearer " + learner.token());
        assertThat(byToken.statusCode()).as(byToken.body()).isEqualTo(201);
        long second = json(byToken).getJsonNumber("id").longValue();
        assertThat(api.delete("api/v1/enrolments/" + second, bearer(learner.token())).statusCode()).isEqualTo(204);
        assertThat(enrolmentCount(api, bearer(learner.token()))).isEqualTo(2);
    }

    @Test
    void anAdministratorsSessionCannotBeMadeToDeactivateAnAccountByAnotherSitesForm() throws Exception {
        Learner learner = TestLearners.registerAndConfirm(api, mailbox, "en");
        String adminToken = api.token("admin", DEMO_PASSWORD);
        JsonObject account = json(api.get("api/v1/admin/accounts?q=" + learner.username(), bearer(adminToken)))
                .getJsonArray("items").getJsonObject(0);
        long id = account.getJsonNumber("id").longValue();
        String status = account.getString("status");
        HttpTestClient admin = signedIn("admin", DEMO_PASSWORD);
        String deactivation = "api/v1/admin/accounts/" + id + "/deactivation";

        // The form another site's page would submit: no Origin of this site, a form's media type.
        assertProblem(admin.postForm(deactivation, Map.of()), 403);
        assertProblem(admin.request("POST", deactivation, "application/x-www-form-urlencoded", "x=1", "Origin", FOREIGN), 403);
        assertProblem(admin.post(deactivation, null), 403);
        // Even with this site's Origin a form-encoded post is not taken (the method declares JSON).
        assertProblem(admin.request("POST", deactivation, "application/x-www-form-urlencoded", "x=1", "Origin", ownOrigin), 415);
        assertThat(json(api.get("api/v1/admin/accounts/" + id, bearer(adminToken))).getString("status"))
                .as("the account is as it was").isEqualTo(status);
        assertThat(enrolmentCount(api, bearer(learner.token()))).as("the learner can still use the API").isZero();

        // From this site's own page, the administrator can.
        HttpResponse<String> deactivated = admin.post(deactivation, null, "Origin", ownOrigin);
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(json(deactivated).getString("status")).isNotEqualTo(status);
    }
}
