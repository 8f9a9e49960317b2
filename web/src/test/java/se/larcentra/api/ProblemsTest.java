package se.larcentra.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import org.glassfish.jersey.server.ParamException;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.boundary.OfferingNotFoundException;

class ProblemsTest {

    /** A business-rule exception whose name merely sounds like a missing record. */
    @ApplicationException(rollback = true)
    static class ReportNotFoundException extends RuntimeException {
        ReportNotFoundException() {
            super("The report was not found in time");
        }
    }

    @ApplicationException(rollback = true)
    static class OfferingFullException extends RuntimeException {
        OfferingFullException() {
            super("The offering is full");
        }
    }

    @Test
    void anInvalidParameterIsA400NamingIt() {
        Problem problem = Problems.classify(new InvalidParameterException("size", "size must be between 1 and 100"), false);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Bad Request");
        assertThat(problem.type()).isEqualTo("about:blank");
        assertThat(problem.parameter()).isEqualTo("size");
        assertThat(problem.detail()).contains("between 1 and 100");
    }

    @Test
    void aQueryParameterJerseyCouldNotConvertIsA400NamingIt() {
        var failure = new ParamException.QueryParamException(new NumberFormatException("abc"), "page", null);

        Problem problem = Problems.classify(failure, false);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.parameter()).isEqualTo("page");
    }

    @Test
    void aPathParameterJerseyCouldNotConvertIsA404() {
        var failure = new ParamException.PathParamException(new NumberFormatException("abc"), "id", null);

        assertThat(Problems.classify(failure, false).status()).isEqualTo(404);
    }

    @Test
    void anUnknownRouteIsA404WithoutJerseysBoilerplate() {
        Problem problem = Problems.classify(new NotFoundException(), false);

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.detail()).isNull();
    }

    @Test
    void aWebApplicationExceptionKeepsItsStatus() {
        assertThat(Problems.classify(new NotAllowedException("GET"), false).status()).isEqualTo(405);
    }

    @Test
    void aTypedNotFoundWrappedByTheContainerIsA404() {
        var wrapped = new EJBException(new RuntimeException(new OfferingNotFoundException(42)));

        Problem problem = Problems.classify(wrapped, false);

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("No offering with id 42");
    }

    @Test
    void onlyTheNotFoundTypeIsA404NotANameThatEndsLikeIt() {
        assertThat(Problems.classify(new ReportNotFoundException(), true).status()).isEqualTo(409);
    }

    @Test
    void everyNotFoundExceptionOfTheBusinessTierIsOfTheNotFoundType() {
        List<Class<?>> notFounds = ClassesOnClassPath.under("se.larcentra", name -> name.endsWith("NotFoundException"));

        assertThat(notFounds).extracting(Class::getSimpleName)
                .contains("OfferingNotFoundException", "AccountNotFoundException", "EnrolmentNotFoundException", "RoomNotFoundException");
        assertThat(notFounds).filteredOn(c -> c.getPackageName().startsWith("se.larcentra.")
                        && !c.getName().startsWith(ProblemsTest.class.getName()))
                .allSatisfy(c -> assertThat(se.larcentra.platform.boundary.NotFoundException.class).isAssignableFrom(c));
    }

    @Test
    void anOtherBusinessRuleViolationIsAConflict() {
        assertThat(Problems.classify(new OfferingFullException(), true).status()).isEqualTo(409);
    }

    @Test
    void accessDeniedIs401WithoutACallerAnd403WithOne() {
        assertThat(Problems.classify(new EJBAccessException("denied"), false).status()).isEqualTo(401);
        assertThat(Problems.classify(new EJBAccessException("denied"), true).status()).isEqualTo(403);
    }

    @Test
    void anythingElseIsA500ThatLeaksNothing() {
        var failure = new EJBException(new IllegalStateException("connection to jdbc:h2:/secret refused"));

        Problem problem = Problems.classify(failure, false);

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).doesNotContain("jdbc").doesNotContain("IllegalState");
        assertThat(problem.parameter()).isNull();
    }

    @Test
    void survivesACauseChainWithACycle() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(Problems.classify(a, false).status()).isEqualTo(500);
    }

    @Test
    void aProblemRemembersWhereItHappened() {
        Problem problem = Problem.of(404, null).at("/api/v1/offerings/9");

        assertThat(problem.instance()).isEqualTo("/api/v1/offerings/9");
        assertThat(problem.toResponse().getMediaType().toString()).isEqualTo("application/problem+json");
    }
}
