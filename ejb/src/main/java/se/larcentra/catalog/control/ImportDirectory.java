package se.larcentra.catalog.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The import directory's file handling, apart from the importing itself:
 * <ul>
 * <li>{@link #pending} lists the files to import: regular files directly in the directory whose
 * names end in {@code .json} (not hidden ones), left alone for a moment, oldest first. A file
 * written under another name ({@code x.json.part}) and renamed in is picked up whole.</li>
 * <li>{@link #claim} moves a file atomically into a fresh directory under {@code processing/}: of two
 * servers sharing the directory, exactly one gets it.</li>
 * <li>{@link #read} opens a claimed file, refusing what is not a plain file (a link put in its place
 * after it was listed is never followed) and what is larger than the limit.</li>
 * <li>{@link #finish} moves it, keeping its name, to {@code done/} or {@code failed/} (adding a
 * timestamp when the name is taken) and writes {@code <name>.report.json} beside it, complete or not
 * at all.</li>
 * </ul>
 * A claim is named after the server that made it, so a restarted server can put its own interrupted
 * claims back ({@link #requeueOwnClaims}); their imports rolled back when it stopped.
 */
public final class ImportDirectory {

    /** A file is left alone until it has not changed for this long (protects against a plain copy in progress). */
    static final Duration SETTLE = Duration.ofSeconds(1);
    static final String REPORT_SUFFIX = ".report.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Path processing;
    private final Path done;
    private final Path failed;
    private final String owner;

    /** A claimed file: {@code processing/<owner>--<random>/<name>}. */
    public record Claim(Path directory, Path file) {

        public String name() {
            return file.getFileName().toString();
        }
    }

    private ImportDirectory(Path root, String owner) {
        this.root = root;
        this.processing = root.resolve("processing");
        this.done = root.resolve("done");
        this.failed = root.resolve("failed");
        this.owner = owner;
    }

    /**
     * Opens (creating what is missing) the directory and its {@code processing/}, {@code done/} and
     * {@code failed/}.
     *
     * @param owner names this server in its claims; letters, digits, {@code ._-}
     */
    public static ImportDirectory open(Path root, String owner) throws IOException {
        Objects.requireNonNull(root, "root");
        if (owner == null || !owner.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("an owner is letters, digits and ._-: " + owner);
        }
        ImportDirectory directory = new ImportDirectory(root.toAbsolutePath().normalize(), owner);
        for (Path dir : List.of(directory.root, directory.processing, directory.done, directory.failed)) {
            Files.createDirectories(dir);
        }
        return directory;
    }

    public Path root() {
        return root;
    }

    public Path done() {
        return done;
    }

    public Path failed() {
        return failed;
    }

    public static boolean isImportable(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".json")
                && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** The files to import, oldest first; files changed less than {@link #SETTLE} before {@code now} wait. */
    public List<Path> pending(Instant now) throws IOException {
        record Candidate(Path file, FileTime modified) {
        }
        List<Candidate> candidates = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!isImportable(entry)) {
                    continue;
                }
                try {
                    FileTime modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS);
                    if (!modified.toInstant().isAfter(now.minus(SETTLE))) {
                        candidates.add(new Candidate(entry, modified));
                    }
                } catch (NoSuchFileException gone) {
                    // claimed by another server meanwhile
                }
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparing(Candidate::modified).thenComparing(c -> c.file().getFileName().toString()))
                .map(Candidate::file).toList();
    }

    /** Takes the file for this server; empty when another one took it first. */
    public Optional<Claim> claim(Path file) throws IOException {
        Path claimDirectory = Files.createDirectory(processing.resolve(owner + "--" + UUID.randomUUID()));
        Path claimed = claimDirectory.resolve(file.getFileName().toString());
        try {
            Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(new Claim(claimDirectory, claimed));
        } catch (NoSuchFileException taken) {
            Files.deleteIfExists(claimDirectory);
            return Optional.empty();
        } catch (IOException e) {
            Files.deleteIfExists(claimDirectory);
            throw e;
        }
    }

    /** A claimed file that is not read: not a plain file, or too large. {@link #getMessage()} says which, for the report. */
    public static final class RefusedFile extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedFile(String reason) {
            super(reason);
        }
    }

    /**
     * Opens a claimed file for reading, at most {@code maxBytes} of it: a file that is not a plain
     * file (a symbolic link, even one swapped in after the file was listed) or that is larger is
     * refused unread, and so is one that grows past the limit while it is read.
     */
    public static InputStream read(Claim claim, long maxBytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(claim.file(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new RefusedFile("not a plain file (a link or something else), so it was not read");
        }
        if (attributes.size() > maxBytes) {
            throw new RefusedFile(tooLarge(maxBytes));
        }
        // NOFOLLOW_LINKS again when opening: a link swapped in between the check and here fails to open.
        InputStream in = Files.newInputStream(claim.file(), LinkOption.NOFOLLOW_LINKS);
        return new FilterInputStream(in) {
            private long left = maxBytes;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                left -= n;
                if (left < 0) {
                    throw new RefusedFile(tooLarge(maxBytes));
                }
            }
        };
    }

    private static String tooLarge(long maxBytes) {
        return "larger than the limit of " + maxBytes + " bytes (LARCENTRA_IMPORT_MAX_BYTES), so it was not imported";
    }

    /**
     * Moves the claimed file to {@code done/} (imported) or {@code failed/} and puts the report
     * beside it; returns where the file went.
     */
    public Path finish(Claim claim, boolean imported, byte[] report, Instant now) throws IOException {
        Path target = freeName(imported ? done : failed, claim.name(), now);
        Path reportDraft = claim.directory().resolve(claim.name() + REPORT_SUFFIX);
        Files.write(reportDraft, report);
        moveAtomically(claim.file(), target);
        moveAtomically(reportDraft, target.resolveSibling(target.getFileName() + REPORT_SUFFIX));
        Files.deleteIfExists(claim.directory());
        return target;
    }

    /** {@code name}, or {@code <base>.<timestamp>[-n].json} when that file or its report exists. */
    static Path freeName(Path directory, String name, Instant now) {
        Path candidate = directory.resolve(name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; taken(candidate); n++) {
            candidate = directory.resolve(base + "." + STAMP.format(now) + (n == 1 ? "" : "-" + n) + extension);
        }
        return candidate;
    }

    private static boolean taken(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(file.resolveSibling(file.getFileName() + REPORT_SUFFIX), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Puts this server's own claims back into the directory, for a restart after a crash: their
     * transactions rolled back, and no other server takes a claim that is not its own. Returns the
     * files put back.
     */
    public List<Path> requeueOwnClaims(Instant now) throws IOException {
        List<Path> requeued = new ArrayList<>();
        try (DirectoryStream<Path> claims = Files.newDirectoryStream(processing, owner + "--*")) {
            for (Path claimDirectory : claims) {
                if (!Files.isDirectory(claimDirectory, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(claimDirectory)) {
                    for (Path file : files) {
                        if (file.getFileName().toString().endsWith(REPORT_SUFFIX)) {
                            Files.delete(file);
                            continue;
                        }
                        Path back = freeName(root, file.getFileName().toString(), now);
                        moveAtomically(file, back);
                        requeued.add(back);
                    }
                }
                Files.deleteIfExists(claimDirectory);
            }
        }
        return requeued;
    }

    /** Claims of other servers (or of this one, from before a restart) older than {@code age}. */
    public List<Path> staleClaims(Instant now, Duration age) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> claims = Files.newDirectoryStream(processing)) {
            for (Path claimDirectory : claims) {
                if (Files.getLastModifiedTime(claimDirectory).toInstant().isBefore(now.minus(age))) {
                    stale.add(claimDirectory);
                }
            }
        }
        return stale;
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }
}
