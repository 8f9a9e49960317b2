package se.larcentra.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The classes of a package and its subpackages, from every class-path root that holds it (the web
 * module's own classes, and the business tier's, a directory or a jar depending on how far the build
 * went), for the tests that check a rule over every class of a kind.
 */
final class ClassesOnClassPath {

    private ClassesOnClassPath() {
    }

    static List<Class<?>> under(String packageName) {
        return under(packageName, name -> true);
    }

    /** Those whose fully qualified names pass {@code nameFilter}; the others are not even loaded. */
    static List<Class<?>> under(String packageName, java.util.function.Predicate<String> nameFilter) {
        String folder = packageName.replace('.', '/');
        ClassLoader loader = ClassesOnClassPath.class.getClassLoader();
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    names.addAll(inDirectory(Path.of(root.toURI()), packageName));
                } else if (root.getProtocol().equals("jar")) {
                    names.addAll(inJar(((JarURLConnection) root.openConnection()).getJarFileURL(), folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names.stream().filter(nameFilter).distinct().sorted().toList()) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name, e);
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    private static List<String> inDirectory(Path directory, String packageName) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> packageName + "." + directory.relativize(f).toString()
                            .replace(f.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", ""))
                    .toList();
        }
    }

    private static List<String> inJar(URL jar, String folder) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(Path.of(jar.toURI()).toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements();) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(folder + "/") && entry.endsWith(".class")) {
                    names.add(entry.replace('/', '.').replaceAll("\\.class$", ""));
                }
            }
        }
        return names;
    }
}
