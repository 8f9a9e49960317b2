package se.larcentra.api;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ParamException;
import se.larcentra.account.boundary.AccountRefusedException;
import se.larcentra.account.boundary.InvalidCredentialsException;
import se.larcentra.booking.boundary.RoomTakenException;
import se.larcentra.booking.entity.BookingRefusedException;
import se.larcentra.platform.boundary.NotFoundException;
import se.larcentra.platform.boundary.RetryLater;
import se.larcentra.platform.boundary.ServiceBusyException;
import se.larcentra.platform.boundary.TooManyRequestsException;

/**
 * Turns whatever a request failed with into the problem the client gets. The cause chain is walked
 * (EJBs wrap what they throw), the first cause that says something about the request decides, and
 * anything else is a 500 that tells the client nothing about the server's insides.
 */
public final class Problems {

    static final String UNEXPECTED = "An unexpected error occurred. It has been logged.";

    private Problems() {
    }

    /**
     * @param failure   what the request failed with
     * @param hasCaller whether the request carried an authenticated caller (401 versus 403)
     */
    public static Problem classify(Throwable failure, boolean hasCaller) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = causeOf(t)) {
            Problem problem = problemFor(t, hasCaller);
            if (problem != null) {
                return problem;
            }
        }
        return Problem.of(500, UNEXPECTED);
    }

    private static Problem problemFor(Throwable t, boolean hasCaller) {
        if (t instanceof InvalidParameterException invalid) {
            return Problem.ofParameter(400, invalid.parameter(), invalid.getMessage());
        }
        if (t instanceof ParamException param) {
            return paramProblem(param);
        }
        if (t instanceof WebApplicationException web) {
            int status = web.getResponse() != null ? web.getResponse().getStatus() : 500;
            return Problem.of(status, status >= 500 ? UNEXPECTED : detailOf(web));
        }
        if (t instanceof ConstraintViolationException violations) {
            return violationProblem(violations.getConstraintViolations());
        }
        if (t instanceof TooManyRequestsException throttled) {
            return Problem.of(429, throttled.getMessage());
        }
        if (t instanceof ServiceBusyException busy) {
            return Problem.of(503, busy.getMessage());
        }
        if (t instanceof InvalidCredentialsException) {
            return Problem.of(401, t.getMessage());
        }
        if (t instanceof se.larcentra.platform.boundary.InvalidInputException invalid) {
            return Problem.ofParameter(400, invalid.field(), invalid.getMessage());
        }
        if (t instanceof AccountRefusedException refused) {
            return switch (refused.reason()) {
                case PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_IS_USERNAME, PASSWORD_WRONG ->
                        Problem.ofParameter(400, "password", t.getMessage());
                case USERNAME_LOOKS_LIKE_EMAIL -> Problem.ofParameter(400, "username", t.getMessage());
                case UNKNOWN_MUNICIPALITY -> Problem.ofParameter(400, "municipality", t.getMessage());
                case LINK_INVALID -> Problem.of(410, t.getMessage());
                case USERNAME_TAKEN, EMAIL_TAKEN, OWN_ACCOUNT -> Problem.of(409, t.getMessage());
            };
        }
        if (t instanceof BookingRefusedException refused) {
            return Problem.ofRule(refused.rule().name(), refused.getMessage());
        }
        if (t instanceof RoomTakenException taken) {
            return Problem.ofConflict(t.getMessage(), taken.alternatives().stream()
                    .map(slot -> new Problem.Alternative(slot.roomId(), ApiTimes.local(slot.start()), ApiTimes.local(slot.end())))
                    .toList());
        }
        if (t instanceof EJBAccessException) {
            return hasCaller
                    ? Problem.of(403, "You may not do this.")
                    : Problem.of(401, "Sign in to do this.");
        }
        if (t instanceof OptimisticLockException) {
            return Problem.of(409, "Someone else changed this at the same time. Fetch it again and retry.");
        }
        if (t instanceof NotFoundException) {
            return Problem.of(404, t.getMessage());
        }
        if (isApplicationException(t)) {
            return Problem.of(409, t.getMessage());
        }
        return null;
    }

    private static Problem paramProblem(ParamException param) {
        String name = param.getParameterName();
        return switch (param.getParameterType().getSimpleName()) {
            // A path that does not parse names no resource.
            case "PathParam", "MatrixParam" -> Problem.of(404, "There is nothing at this address.");
            default -> Problem.ofParameter(400, name, name + " has a value of the wrong type");
        };
    }

    private static Problem violationProblem(Set<ConstraintViolation<?>> violations) {
        if (violations == null || violations.isEmpty()) {
            return Problem.of(400, "The request is not valid.");
        }
        ConstraintViolation<?> first = violations.stream()
                .min(Comparator.comparing(v -> String.valueOf(v.getPropertyPath())))
                .orElseThrow();
        String detail = violations.stream()
                .map(v -> lastNode(v.getPropertyPath()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return Problem.ofParameter(400, lastNode(first.getPropertyPath()), detail);
    }

    private static String lastNode(Path path) {
        String name = null;
        if (path != null) {
            for (Path.Node node : path) {
                if (node.getName() != null) {
                    name = node.getName();
                }
            }
        }
        return name;
    }

    /** Seconds to wait before trying again, when the failure passes (throttled, busy). */
    static java.util.Optional<Long> retryAfterSeconds(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = causeOf(t)) {
            if (t instanceof RetryLater later) {
                return java.util.Optional.of(later.retryAfterSeconds());
            }
        }
        return java.util.Optional.empty();
    }

    /** Jersey's own messages ("HTTP 404 Not Found") add nothing to the status; ours do. */
    private static String detailOf(WebApplicationException web) {
        String message = web.getMessage();
        return message == null || message.startsWith("HTTP ") ? null : message;
    }

    /** Business-rule exceptions of our components are deliberate and safe to show. */
    private static boolean isApplicationException(Throwable t) {
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(ApplicationException.class)
                    && t.getClass().getName().startsWith("se.larcentra.")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable causeOf(Throwable t) {
        if (t instanceof EJBException ejb && ejb.getCausedByException() != null) {
            return ejb.getCausedByException();
        }
        return t.getCause();
    }
}
