package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.DependsOn;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.control.ImportDirectoryWatcher;

/**
 * Search and the import start without waiting for demo data, but never before search watches; what
 * writes watched records at start (demo data, the enrolment sweep) starts after search watches.
 */
class StartupOrderTest {

    @Test
    void theIndexAndTheImportWaitForTheChangeCaptureAndNotForDemoData() {
        for (Class<?> bean : List.of(SearchIndex.class, ImportDirectoryWatcher.class)) {
            assertThat(bean.getAnnotation(DependsOn.class).value()).as(bean.getSimpleName())
                    .contains("SchemaMigrator", "SearchChangeCapture")
                    .doesNotContain("DemoDataStartup");
        }
    }

    @Test
    void whatWritesWatchedRecordsAtStartStartsAfterSearchWatches() {
        // Payara starts @Startup beans in no fixed order: demo data loaded before the capture would never reach search.
        for (Class<?> bean : List.of(se.larcentra.demo.boundary.DemoDataStartup.class, se.larcentra.enrolment.control.EnrolmentClock.class)) {
            assertThat(bean.getAnnotation(DependsOn.class).value()).as(bean.getSimpleName()).contains("SearchChangeCapture");
        }
    }
}
