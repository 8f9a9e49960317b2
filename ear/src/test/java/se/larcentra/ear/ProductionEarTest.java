package se.larcentra.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production EAR as built ({@code ear/target/larcentra.ear}, passed in by the ear module's pom,
 * which runs this after packaging): the benchmark's server-side helper lives in {@code bench/} and
 * is deployed only in the benchmark's own EAR, so no benchmark class may be in this one, at any depth.
 */
class ProductionEarTest {

    /** Under se/larcentra/bench or se/larcentra/api/bench (also in a WAR's classes), or a class named *Bench*. */
    static final Predicate<String> BENCHMARK_ENTRY = Pattern.compile(
            "(^|/)se/larcentra/(api/)?bench/|(^|/)[^/]*Bench[^/]*\\.class$").asPredicate();

    @Test
    void productionEarHoldsNoBenchmarkClasses() throws IOException {
        Path ear = Path.of(System.getProperty("larcentra.ear", "target/larcentra.ear"));
        assertThat(ear).as("the EAR the ear module has just built").isRegularFile();
        List<String> entries = ArchiveEntries.of(ear);

        assertThat(entries).as("the production EAR's modules, opened")
                .contains("ejb.jar!/se/larcentra/search/boundary/Search.class",
                        "web.war!/WEB-INF/classes/se/larcentra/api/LarcentraApi.class")
                .anyMatch(entry -> entry.startsWith("lib/larcentra-db.jar!/se/larcentra/"))
                .anyMatch(entry -> entry.startsWith("web.war!/WEB-INF/lib/") && entry.contains(".jar!/"));
        assertThat(entries.stream().filter(BENCHMARK_ENTRY)).as("benchmark entries in " + ear).isEmpty();
    }

    @Test
    void findsBenchmarkEntriesInsideNestedArchives(@TempDir Path dir) throws IOException {
        Path ear = dir.resolve("some.ear");
        byte[] war = zip("WEB-INF/classes/se/larcentra/api/bench/BenchResource.class",
                "WEB-INF/classes/se/larcentra/api/search/SearchResource.class");
        byte[] library = zip("org/example/perf/QueryBenchmark.class", "org/example/Plain.class");
        byte[] warWithLibrary = zip(new String[] {"WEB-INF/lib/perf.jar"}, library);
        byte[] ejb = zip("se/larcentra/bench/control/Generator.class", "se/larcentra/search/boundary/Search.class");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ear))) {
            put(out, "web.war", war);
            put(out, "other.war", warWithLibrary);
            put(out, "ejb.jar", ejb);
            put(out, "META-INF/application.xml", new byte[0]);
        }

        assertThat(ArchiveEntries.of(ear).stream().filter(BENCHMARK_ENTRY)).containsExactlyInAnyOrder(
                "web.war!/WEB-INF/classes/se/larcentra/api/bench/BenchResource.class",
                "other.war!/WEB-INF/lib/perf.jar!/org/example/perf/QueryBenchmark.class",
                "ejb.jar!/se/larcentra/bench/control/Generator.class");
    }

    @Test
    void leavesOtherEntriesAlone() {
        assertThat(List.of("ejb.jar!/se/larcentra/search/control/SearchIndex.class", "lib/lucene-core.jar!/org/apache/lucene/Benchy.txt",
                "web.war!/WEB-INF/classes/se/larcentra/benchmarks.properties", "ejb.jar!/se/larcentra/workbench/Desk.txt"))
                .noneMatch(BENCHMARK_ENTRY);
    }

    private static byte[] zip(String... names) throws IOException {
        return zip(names, new byte[0]);
    }

    private static byte[] zip(String[] names, byte[] content) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                put(out, name, content);
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
