package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.larcentra.search.control.SqlWrites.Write;

class SqlWritesTest {

    @Test
    void readsTheTableAndTheColumnsOfAnUpdate() {
        assertThat(SqlWrites.in("UPDATE offering SET admitted_count = admitted_count + ?, waitlist_count = waitlist_count + ? WHERE id = ?"))
                .containsExactly(new Write("offering", Optional.of(Set.of("admitted_count", "waitlist_count"))));
    }

    @Test
    void readsAnUpdateWithAnAliasASchemaQuotesAndQualifiedColumns() {
        assertThat(SqlWrites.in("update public.\"Offering\" as o set o.places = 3 where o.id = 1"))
                .containsExactly(new Write("offering", Optional.of(Set.of("places"))));
        assertThat(SqlWrites.in("UPDATE ONLY course c SET subject = 'x' FROM provider p WHERE p.id = c.provider_id"))
                .containsExactly(new Write("course", Optional.of(Set.of("subject"))));
    }

    @Test
    void commasAndKeywordsInsideExpressionsOrLiteralsDoNotEndAnAssignment() {
        assertThat(SqlWrites.in("UPDATE offering SET places = COALESCE(places, 0) + 1, fee = 'a, where = b' WHERE id = ?"))
                .containsExactly(new Write("offering", Optional.of(Set.of("places", "fee"))));
    }

    @Test
    void anAssignmentItCannotReadLeavesTheColumnsUnknown() {
        assertThat(SqlWrites.in("UPDATE offering SET (places, cancelled) = (SELECT 1, TRUE) WHERE id = 1"))
                .containsExactly(new Write("offering", Optional.empty()));
        assertThat(SqlWrites.in("UPDATE offering WHERE id = 1")).containsExactly(new Write("offering", Optional.empty()));
    }

    @Test
    void insertsDeletesMergesAndTruncationsWriteWholeRows() {
        assertThat(SqlWrites.in("INSERT INTO course_text (course_id, lang, title) VALUES (?, ?, ?)"))
                .containsExactly(new Write("course_text", Optional.empty()));
        assertThat(SqlWrites.in("delete from offering_centre where centre_id = ?"))
                .containsExactly(new Write("offering_centre", Optional.empty()));
        assertThat(SqlWrites.in("MERGE INTO provider KEY (id) VALUES (1, 'x')")).containsExactly(new Write("provider", Optional.empty()));
        assertThat(SqlWrites.in("TRUNCATE TABLE centre_name")).containsExactly(new Write("centre_name", Optional.empty()));
    }

    @Test
    void findsWritesAfterTheFirstWordAndSeveralInOneStatement() {
        assertThat(SqlWrites.in("WITH gone AS (DELETE FROM offering_centre WHERE centre_id = 1 RETURNING offering_id) "
                + "UPDATE offering SET cancelled = TRUE WHERE id IN (SELECT offering_id FROM gone)"))
                .containsExactly(new Write("offering_centre", Optional.empty()),
                        new Write("offering", Optional.of(Set.of("cancelled"))));
    }

    @Test
    void aReadWritesNothingEvenWithARowLock() {
        assertThat(SqlWrites.in("SELECT places, admitted_count FROM offering WHERE id = ? FOR UPDATE")).isEmpty();
        assertThat(SqlWrites.in("SELECT id FROM offering FOR UPDATE SKIP LOCKED")).isEmpty();
        assertThat(SqlWrites.in("SELECT o.id FROM offering o JOIN course c ON c.id = o.course_id ORDER BY c.updated_at"))
                .isEmpty();
    }

    @Test
    void otherTablesAreReportedAsWhatTheyAre() {
        assertThat(SqlWrites.in("UPDATE enrolment_event SET actor = ? WHERE actor = ?"))
                .isEqualTo(List.of(new Write("enrolment_event", Optional.of(Set.of("actor")))));
    }
}
