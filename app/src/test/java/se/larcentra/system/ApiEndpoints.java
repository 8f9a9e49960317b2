package se.larcentra.system;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The REST API's endpoints as the built EAR has them: the JAX-RS resource classes of
 * {@code se.larcentra.api} in its web module, loaded from there (the system tests do not otherwise
 * have the web module's classes) and read by reflection, for tests that must cover every endpoint,
 * including ones added later.
 */
public final class ApiEndpoints {

    /** The API's root path: {@code @ApplicationPath("/api")}. */
    private static final String APPLICATION_PATH = "api/";
    private static final String RESOURCES = "/WEB-INF/classes/se/larcentra/api/";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");
    private static final Set<String> NOT_BODIES = Set.of("PathParam", "QueryParam", "HeaderParam", "CookieParam", "MatrixParam",
            "FormParam", "BeanParam", "Context", "Suspended");

    /**
     * One resource method.
     *
     * @param template  its address relative to the application's root, with its path parameters as
     *                  {@code {name}} ({@code api/v1/admin/centres/{id}/rooms})
     * @param pattern   the same with the parameters' regular expressions, as declared
     * @param body      the type of the request body it reads, if it reads one
     * @param consumes  the media types it declares it consumes (its own or its class's), empty if none
     */
    public record Endpoint(String httpMethod, String template, String pattern, Method method, Optional<Type> body,
            List<String> consumes) {

        /** {@code POST api/v1/enrolments}: how tests name it. */
        public String key() {
            return httpMethod + " " + template;
        }

        /**
         * An address of this endpoint: each path parameter filled with a value its expression accepts,
         * an id where one fits (one far above any the tests create, so that nothing real is touched).
         */
        public String samplePath() {
            Matcher parameter = PATH_PARAMETER.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                parameter.appendReplacement(path, Matcher.quoteReplacement(sample(parameter.group(2))));
            }
            parameter.appendTail(path);
            return path.toString();
        }

        private static String sample(String regex) {
            if (regex == null) {
                return "2147483000";
            }
            // An id no record has, or a token no feed has.
            List<String> candidates = new ArrayList<>(List.of("2147483000", "no-such-token-0000000000000000"));
            candidates.addAll(Arrays.asList(regex.split("\\|")));
            return candidates.stream().filter(c -> c.matches(regex)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no sample value for a path parameter matching " + regex));
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private ApiEndpoints() {
    }

    /** Every resource method of the EAR the tests deploy, in address order. */
    public static List<Endpoint> ofDeployedEar() {
        return of(Deployments.ear());
    }

    static List<Endpoint> of(EnterpriseArchive ear) {
        ClassLoader web = webModuleClassLoader(ear.getAsType(WebArchive.class, "web.war"));
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses(ear.getAsType(WebArchive.class, "web.war"), web)) {
            String root = join(APPLICATION_PATH, resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                Optional<String> httpMethod = httpMethod(method);
                if (httpMethod.isEmpty()) {
                    if (method.isAnnotationPresent(Path.class)) {
                        throw new IllegalStateException(method + " is a sub-resource locator, which ApiEndpoints does not follow");
                    }
                    continue;
                }
                Path path = method.getAnnotation(Path.class);
                String pattern = path == null ? root : join(root, path.value());
                Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                        : resource.getAnnotation(Consumes.class);
                endpoints.add(new Endpoint(httpMethod.get(), PATH_PARAMETER.matcher(pattern).replaceAll("{$1}"), pattern, method,
                        bodyParameter(method).map(Parameter::getParameterizedType),
                        consumes == null ? List.of() : List.of(consumes.value())));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static Optional<Parameter> bodyParameter(Method method) {
        return Arrays.stream(method.getParameters())
                .filter(p -> Arrays.stream(p.getAnnotations()).noneMatch(a -> NOT_BODIES.contains(a.annotationType().getSimpleName())))
                .findFirst();
    }

    private static String join(String parent, String child) {
        String left = parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent;
        String right = child.startsWith("/") ? child.substring(1) : child;
        return right.isEmpty() ? left : left + "/" + right;
    }

    private static List<Class<?>> resourceClasses(WebArchive war, ClassLoader loader) {
        Set<String> names = new TreeSet<>();
        for (ArchivePath path : war.getContent().keySet()) {
            String name = path.get();
            if (name.startsWith(RESOURCES) && name.endsWith(".class")) {
                names.add(name.substring("/WEB-INF/classes/".length(), name.length() - ".class".length()).replace('/', '.'));
            }
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + " from the EAR's web module", e);
            }
        }
        if (resources.isEmpty()) {
            throw new IllegalStateException("no JAX-RS resource under " + RESOURCES + " in the EAR's web module");
        }
        return resources;
    }

    /**
     * The web module's classes and libraries, copied out of the archive, behind the test class path
     * (which has the Jakarta EE API and the business tier the resources refer to).
     */
    private static ClassLoader webModuleClassLoader(WebArchive war) {
        try {
            // Under target/ (the module's directory is the tests' working directory), which a clean removes.
            java.nio.file.Path target = java.nio.file.Path.of("target");
            java.nio.file.Path root = Files.isDirectory(target) ? Files.createTempDirectory(target, "web-module-")
                    : Files.createTempDirectory("web-module-");
            // Created first: URLClassLoader takes a URL without a trailing slash (a path not yet a directory) for a jar.
            List<URL> urls = new ArrayList<>(List.of(Files.createDirectories(root.resolve("classes")).toUri().toURL()));
            for (Map.Entry<ArchivePath, Node> entry : war.getContent().entrySet()) {
                String name = entry.getKey().get();
                boolean isClass = name.startsWith("/WEB-INF/classes/") && name.endsWith(".class");
                boolean isLibrary = name.startsWith("/WEB-INF/lib/") && name.endsWith(".jar");
                if (!isClass && !isLibrary || entry.getValue().getAsset() == null) {
                    continue;
                }
                java.nio.file.Path file = isClass ? root.resolve("classes").resolve(name.substring("/WEB-INF/classes/".length()))
                        : root.resolve("lib").resolve(name.substring("/WEB-INF/lib/".length()));
                Files.createDirectories(file.getParent());
                try (InputStream in = entry.getValue().getAsset().openStream()) {
                    Files.copy(in, file);
                }
                if (isLibrary) {
                    urls.add(file.toUri().toURL());
                }
            }
            return new URLClassLoader(urls.toArray(URL[]::new), ApiEndpoints.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
