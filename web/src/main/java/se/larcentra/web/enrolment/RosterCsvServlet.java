package se.larcentra.web.enrolment;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.larcentra.catalog.boundary.OfferingNotFoundException;
import se.larcentra.enrolment.boundary.EnrolmentView;
import se.larcentra.enrolment.boundary.Enrolments;
import se.larcentra.web.Http;

/**
 * {@code /staff/roster.csv?offering=ID}: an offering's learners as CSV (UTF-8 with a byte-order mark,
 * so that Excel reads å, ä and ö), for the offering's teachers, coordinators and administrators.
 * Under {@code /staff/}, so only signed-in staff reach it; the boundary decides which offerings.
 */
@WebServlet("/staff/roster.csv")
public class RosterCsvServlet extends HttpServlet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    @Inject
    Enrolments enrolments;

    /** A name a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
    static String notAFormula(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var id = Http.parseId(request.getParameter("offering"));
        if (id.isEmpty()) {
            response.sendError(404);
            return;
        }
        java.util.List<EnrolmentView> roster;
        try {
            roster = enrolments.roster(id.get());
        } catch (OfferingNotFoundException e) {
            response.sendError(404);
            return;
        } catch (EJBAccessException e) {
            response.sendError(403);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"offering-" + id.get() + "-learners.csv\"");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder()
                .setHeader("enrolment", "learner", "name", "status", "waitlist position", "applied at").get())) {
            for (EnrolmentView e : roster) {
                csv.printRecord(e.id(), e.learnerId(), notAFormula(e.learnerName()), e.status().name(),
                        e.waitlistPosition() == null ? "" : e.waitlistPosition(), TIME.format(e.appliedAt()));
            }
        }
    }
}
