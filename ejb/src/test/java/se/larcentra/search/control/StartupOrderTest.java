package se.larcentra.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.DependsOn;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.larcentra.catalog.control.ImportDirectoryWatcher;

/** Search and the import start without waiting for demo data, but never before search watches. */
class StartupOrderTest {

    @Test
    void theIndexAndTheImportWaitForTheChangeCaptureAndNotForDemoData() {
        for (Class<?> bean : List.of(SearchIndex.class, ImportDirectoryWatcher.class)) {
            assertThat(bean.getAnnotation(DependsOn.class).value()).as(bean.getSimpleName())
                    .contains("SchemaMigrator", "SearchChangeCapture")
                    .doesNotContain("DemoDataStartup");
        }
    }
}
