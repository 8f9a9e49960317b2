package se.larcentra.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");

    @TempDir
    Path temp;

    private ImportDirectory directory;

    @BeforeEach
    void open() throws Exception {
        directory = ImportDirectory.open(temp.resolve("import"), "host_server");
    }

    private Path file(String name, Instant modified) throws Exception {
        Path file = Files.writeString(directory.root().resolve(name), "{\"educationEvents\": []}");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void createsItsDirectories() {
        assertThat(directory.root().resolve("processing")).isDirectory();
        assertThat(directory.done()).isDirectory();
        assertThat(directory.failed()).isDirectory();
    }

    @Test
    void listsOnlySettledJsonFilesDirectlyInTheDirectoryOldestFirst() throws Exception {
        Path newer = file("b.json", NOW.minusSeconds(10));
        Path older = file("a-later-name.JSON", NOW.minusSeconds(20));
        file("c.json.part", NOW.minusSeconds(30));
        file(".hidden.json", NOW.minusSeconds(30));
        file("notes.txt", NOW.minusSeconds(30));
        file("still-being-written.json", NOW);
        Files.createDirectory(directory.root().resolve("folder.json"));
        Files.writeString(directory.done().resolve("done-already.json"), "{}");

        assertThat(directory.pending(NOW)).containsExactly(older, newer);
    }

    @Test
    void aPartFileIsPickedUpOnceRenamed() throws Exception {
        Path part = file("x.json.part", NOW.minusSeconds(5));
        assertThat(directory.pending(NOW)).isEmpty();

        Path renamed = Files.move(part, directory.root().resolve("x.json"));

        assertThat(directory.pending(NOW)).containsExactly(renamed);
    }

    @Test
    void onlyOneClaimGetsAFile() throws Exception {
        Path file = file("x.json", NOW.minusSeconds(5));
        ImportDirectory otherServer = ImportDirectory.open(directory.root(), "other_server");

        var claim = directory.claim(file);
        var second = otherServer.claim(file);

        assertThat(claim).hasValueSatisfying(c -> {
            assertThat(c.file()).exists().hasFileName("x.json");
            assertThat(c.directory().getParent()).isEqualTo(directory.root().resolve("processing"));
            assertThat(c.directory().getFileName().toString()).startsWith("host_server--");
        });
        assertThat(second).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(directory.pending(NOW)).isEmpty();
        assertThat(directory.root().resolve("processing")).isDirectoryContaining(p -> true);
        try (var claims = Files.list(directory.root().resolve("processing"))) {
            assertThat(claims).as("the loser leaves no claim behind").hasSize(1);
        }
    }

    @Test
    void finishesIntoDoneOrFailedWithTheReportBesideKeepingTheName() throws Exception {
        var good = directory.claim(file("good.json", NOW.minusSeconds(5))).orElseThrow();
        var bad = directory.claim(file("bad.json", NOW.minusSeconds(5))).orElseThrow();

        Path done = directory.finish(good, true, "{\"status\": \"IMPORTED\"}".getBytes(StandardCharsets.UTF_8), NOW);
        Path failed = directory.finish(bad, false, "{\"status\": \"FAILED\"}".getBytes(StandardCharsets.UTF_8), NOW);

        assertThat(done).isEqualTo(directory.done().resolve("good.json")).exists();
        assertThat(directory.done().resolve("good.json.report.json")).hasContent("{\"status\": \"IMPORTED\"}");
        assertThat(failed).isEqualTo(directory.failed().resolve("bad.json")).exists();
        assertThat(directory.failed().resolve("bad.json.report.json")).hasContent("{\"status\": \"FAILED\"}");
        try (var claims = Files.list(directory.root().resolve("processing"))) {
            assertThat(claims).isEmpty();
        }
    }

    @Test
    void addsATimestampWhenTheNameIsTaken() throws Exception {
        for (int i = 0; i < 3; i++) {
            var claim = directory.claim(file("same.json", NOW.minusSeconds(5))).orElseThrow();
            directory.finish(claim, true, ("{\"run\": " + i + "}").getBytes(StandardCharsets.UTF_8), NOW);
        }

        assertThat(directory.done().resolve("same.json")).exists();
        assertThat(directory.done().resolve("same.20260210T090000Z.json")).exists();
        assertThat(directory.done().resolve("same.20260210T090000Z-2.json")).exists();
        assertThat(directory.done().resolve("same.20260210T090000Z-2.json.report.json")).hasContent("{\"run\": 2}");
    }

    @Test
    void aRestartedServerQueuesItsOwnInterruptedClaimsAgainButNotOthers() throws Exception {
        directory.claim(file("mine.json", NOW.minusSeconds(5))).orElseThrow();
        ImportDirectory other = ImportDirectory.open(directory.root(), "other_server");
        var theirs = other.claim(file("theirs.json", NOW.minusSeconds(5))).orElseThrow();

        List<Path> requeued = ImportDirectory.open(directory.root(), "host_server").requeueOwnClaims(NOW);

        assertThat(requeued).containsExactly(directory.root().resolve("mine.json"));
        assertThat(directory.root().resolve("mine.json")).exists();
        assertThat(theirs.file()).exists();
        Files.setLastModifiedTime(theirs.directory(), FileTime.from(NOW));
        assertThat(directory.staleClaims(NOW.plusSeconds(1800), Duration.ofHours(1))).isEmpty();
        assertThat(directory.staleClaims(NOW.plusSeconds(7200), Duration.ofHours(1)))
                .containsExactly(theirs.directory());
    }

    @Test
    void aClaimedFileIsReadUpToTheLimitAndNoFurther() throws Exception {
        Path small = file("small.json", NOW.minusSeconds(10));
        ImportDirectory.Claim claim = directory.claim(small).orElseThrow();
        try (var in = ImportDirectory.read(claim, 1000)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"educationEvents\": []}");
        }
        assertThatThrownBy(() -> ImportDirectory.read(claim, 10)).isInstanceOf(ImportDirectory.RefusedFile.class)
                .hasMessageContaining("LARCENTRA_IMPORT_MAX_BYTES");
    }

    @Test
    void aFileThatGrowsPastTheLimitWhileReadIsRefused() throws Exception {
        ImportDirectory.Claim claim = directory.claim(file("growing.json", NOW.minusSeconds(10))).orElseThrow();
        try (var in = ImportDirectory.read(claim, 30)) {
            Files.writeString(claim.file(), "x".repeat(100), java.nio.file.StandardOpenOption.APPEND);
            assertThatThrownBy(in::readAllBytes).isInstanceOf(ImportDirectory.RefusedFile.class);
        }
    }

    @Test
    void aLinkPutInAFilesPlaceIsNeverFollowed() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "the server's secret");
        Path listed = file("innocent.json", NOW.minusSeconds(10));
        assertThat(directory.pending(NOW)).contains(listed);
        // Between listing and claiming, the file is replaced by a link to something else.
        Files.delete(listed);
        Files.createSymbolicLink(listed, secret);
        ImportDirectory.Claim claim = directory.claim(listed).orElseThrow();
        assertThatThrownBy(() -> ImportDirectory.read(claim, 1000)).isInstanceOf(ImportDirectory.RefusedFile.class)
                .hasMessageContaining("not a plain file");
    }
}
