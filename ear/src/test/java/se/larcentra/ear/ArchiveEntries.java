package se.larcentra.ear;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every entry of an archive and of the archives inside it (the EAR's {@code ejb.jar}, {@code web.war},
 * {@code lib/*.jar}, the WAR's {@code WEB-INF/lib/*.jar}), named by its path through them, e.g.
 * {@code web.war!/WEB-INF/classes/se/larcentra/api/LarcentraApi.class}.
 */
final class ArchiveEntries {

    private ArchiveEntries() {
    }

    static List<String> of(Path archive) throws IOException {
        try (InputStream in = Files.newInputStream(archive)) {
            List<String> entries = new ArrayList<>();
            collect(in, "", entries);
            return entries;
        }
    }

    private static void collect(InputStream archive, String prefix, List<String> entries) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String path = prefix + entry.getName();
            entries.add(path);
            if (!entry.isDirectory() && isArchive(entry.getName())) {
                // Read it whole: a nested ZipInputStream would close the outer one's stream when done.
                collect(new ByteArrayInputStream(zip.readAllBytes()), path + "!/", entries);
            }
        }
    }

    private static boolean isArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jar") || lower.endsWith(".war") || lower.endsWith(".rar") || lower.endsWith(".ear");
    }
}
