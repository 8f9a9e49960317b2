package se.larcentra.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is {@code about:blank} (the status says it all) and
 * {@code title} the status's reason phrase; {@code detail} says what went wrong with this request;
 * Extension members: {@code parameter} names the request parameter at fault where there is one;
 * {@code rule} the booking rule a request breaks (422); {@code alternatives} free slots offered instead
 * of a taken one (409). Absent members are left out of the JSON.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "parameter", "rule", "alternatives"})
public record Problem(String type, String title, int status, String detail, String instance, String parameter, String rule,
        List<Alternative> alternatives) {

    /** A free room and time offered instead of a taken one; times in Europe/Stockholm with their offset. */
    public record Alternative(long roomId, OffsetDateTime start, OffsetDateTime end) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    public static final String ABOUT_BLANK = "about:blank";

    public static Problem of(int status, String detail) {
        return new Problem(ABOUT_BLANK, reasonPhrase(status), status, detail, null, null, null, null);
    }

    public static Problem ofParameter(int status, String parameter, String detail) {
        return new Problem(ABOUT_BLANK, reasonPhrase(status), status, detail, null, parameter, null, null);
    }

    public Problem at(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, parameter, rule, alternatives);
    }

    /** A 422 problem naming the rule a request breaks. */
    public static Problem ofRule(String rule, String detail) {
        return new Problem(ABOUT_BLANK, reasonPhrase(422), 422, detail, null, null, rule, null);
    }

    /** A 409 problem offering free alternatives. */
    public static Problem ofConflict(String detail, List<Alternative> alternatives) {
        return new Problem(ABOUT_BLANK, reasonPhrase(409), 409, detail, null, null, null, List.copyOf(alternatives));
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }

    public Response.ResponseBuilder toResponseBuilder() {
        return Response.status(status).type(MEDIA).entity(this);
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known != null ? known.getReasonPhrase() : status >= 500 ? "Server Error" : "Client Error";
            }
        };
    }
}
