package se.larcentra.system;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The authorisation matrix ({@code authorisation-matrix.txt} in the test resources): for every REST
 * endpoint and every business method of every boundary, whether each kind of caller may call it
 * ({@code yes}), may call it for what is theirs only ({@code own}), or not ({@code no}). What the
 * code says is read by reflection from the EAR the tests deploy, so that a new endpoint or boundary
 * method that is not in the table fails the build.
 */
public final class AuthorisationMatrix {

    /** The kinds of caller, in the table's column order; {@code anonymous} is no caller at all. */
    public enum Caller {
        ANONYMOUS(null), LEARNER("learner"), TEACHER("teacher"), TUTOR("tutor"), COORDINATOR("coordinator"),
        ADMINISTRATOR("administrator");

        private final String role;

        Caller(String role) {
            this.role = role;
        }

        public Optional<String> role() {
            return Optional.ofNullable(role);
        }
    }

    public enum Access {
        YES, OWN, NO;

        public boolean allowed() {
            return this != NO;
        }
    }

    /** One line of the table: an endpoint ({@code GET /api/v1/centres}) or a boundary method ({@code Catalog#centres()}). */
    public record Row(String key, Map<Caller, Access> access) {

        public boolean isEndpoint() {
            return !key.contains("#");
        }

        public Set<Caller> allowed() {
            return access.entrySet().stream().filter(e -> e.getValue().allowed()).map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Caller.class)));
        }
    }

    private AuthorisationMatrix() {
    }

    /** The table, by key, in its order. */
    public static Map<String, Row> table() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorisationMatrix.class.getResourceAsStream("/authorisation-matrix.txt")) {
            if (in == null) {
                throw new IllegalStateException("authorisation-matrix.txt is missing from the test resources");
            }
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(text.split("\\s+"));
                boolean endpoint = !cells.get(0).contains("#");
                int first = endpoint ? 2 : 1;
                if (cells.size() != first + Caller.values().length) {
                    throw new IllegalStateException("line " + number + " of the matrix needs a value per caller: " + text);
                }
                String key = endpoint ? cells.get(0) + " " + cells.get(1) : cells.get(0);
                Map<Caller, Access> access = new EnumMap<>(Caller.class);
                for (Caller caller : Caller.values()) {
                    access.put(caller, Access.valueOf(cells.get(first + caller.ordinal()).toUpperCase(java.util.Locale.ROOT)));
                }
                if (rows.put(key, new Row(key, access)) != null) {
                    throw new IllegalStateException("line " + number + " repeats " + key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The key of an endpoint as the table writes it: {@code GET /api/v1/enrolments/{id}}. */
    public static String key(ApiEndpoints.Endpoint endpoint) {
        return endpoint.httpMethod() + " /" + endpoint.template();
    }

    /** The key of a boundary method: {@code Enrolments#move(long,long,String,boolean)}. */
    public static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    /** Every public business method of every boundary EJB in the EAR's EJB module. */
    public static List<Method> boundaryMethods(EnterpriseArchive ear) {
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "ejb.jar");
        Set<String> names = new TreeSet<>();
        for (ArchivePath path : ejb.getContent().keySet()) {
            String name = path.get();
            if (name.matches("/se/larcentra/\\w+/boundary/\\w+\\.class")) {
                names.add(name.substring(1, name.length() - ".class".length()).replace('/', '.'));
            }
        }
        List<Method> methods = new ArrayList<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, AuthorisationMatrix.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the EJB module's " + name + " is not on the test class path", e);
            }
            boolean ejbBean = Arrays.stream(type.getAnnotations()).map(a -> a.annotationType().getName())
                    .anyMatch(Set.of("jakarta.ejb.Stateless", "jakarta.ejb.Singleton", "jakarta.ejb.Stateful")::contains);
            if (!ejbBean) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                    .forEach(methods::add);
        }
        return methods;
    }

    /**
     * What a REST resource's {@code se.larcentra.api.CallableBy} says, read by name: the resource
     * classes come from the EAR's web module, which the tests otherwise do not have.
     */
    private static Optional<Set<Caller>> callableBy(AnnotatedElement element) {
        for (java.lang.annotation.Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals("se.larcentra.api.CallableBy")) {
                try {
                    Set<String> names = Set.of((String[]) annotation.annotationType().getMethod("value").invoke(annotation));
                    return Optional.of(names.contains("*") ? java.util.EnumSet.allOf(Caller.class)
                            : Arrays.stream(Caller.values()).filter(c -> c.role().filter(names::contains).isPresent())
                                    .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Caller.class))));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + annotation, e);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Who the annotations on a method (else on its class) let in: {@code CallableBy} (resources), {@code @PermitAll} everyone,
     * {@code @RolesAllowed} those roles, {@code @DenyAll} nobody; empty when there is none of them.
     */
    public static Optional<Set<Caller>> declared(Method method) {
        return declaredOn(method).or(() -> declaredOn(method.getDeclaringClass()));
    }

    private static Optional<Set<Caller>> declaredOn(AnnotatedElement element) {
        Optional<Set<Caller>> callableBy = callableBy(element);
        if (callableBy.isPresent()) {
            return callableBy;
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(java.util.EnumSet.allOf(Caller.class));
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(java.util.EnumSet.noneOf(Caller.class));
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return Optional.empty();
        }
        Set<String> names = Set.of(roles.value());
        return Optional.of(Arrays.stream(Caller.values()).filter(c -> c.role().filter(names::contains).isPresent())
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Caller.class))));
    }
}
