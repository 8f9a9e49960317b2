package se.larcentra.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a user which fields of a form the boundary's validation refused, in their language. The
 * boundaries validate their arguments (Bean Validation); a page does not repeat those rules but
 * names each refused field, by the last node of the violation's path ({@code nameSv},
 * {@code capacity}), next to the field when the form's id is given and in the page's messages.
 */
public final class FormProblems {

    private FormProblems() {
    }

    /** The validation failure behind {@code failure} (EJBs may wrap it), if it is one. */
    public static Optional<ConstraintViolationException> violations(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violations) {
                return Optional.of(violations);
            }
        }
        return Optional.empty();
    }

    /**
     * Shows a message per refused field: at {@code formId:field} when {@code formId} is not null,
     * and for the page, naming the field by its label {@code field.<name>}.
     *
     * @return whether {@code failure} was a validation failure (else the caller rethrows it)
     */
    public static boolean show(String formId, Throwable failure) {
        return show(formId, failure, null);
    }

    /** As {@link #show(String, Throwable)}, each page message starting with {@code context} (which of several rows). */
    public static boolean show(String formId, Throwable failure, String context) {
        var found = violations(failure);
        if (found.isEmpty()) {
            return false;
        }
        Set<String> fields = new LinkedHashSet<>();
        for (ConstraintViolation<?> violation : found.get().getConstraintViolations()) {
            fields.add(field(violation.getPropertyPath()));
        }
        fields.forEach(field -> invalid(formId, field, context));
        return true;
    }

    /**
     * Says that {@code field} needs another value: next to it when {@code formId} is not null, and for
     * the page, named by its label {@code field.<name>} (after {@code context}, when given).
     */
    public static void invalid(String formId, String field, String context) {
        String label = Texts.has("field." + field) ? Texts.get("field." + field) : field;
        if (formId != null) {
            Texts.error(formId + ":" + field, "form.fieldInvalid");
        }
        Texts.error(null, "form.invalid", context == null ? label : context + " – " + label);
    }

    /** The last named node of a path: {@code createCentre.form.nameSv} → {@code nameSv}; a list element → its property. */
    static String field(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                name = node.getName();
            }
        }
        return name;
    }
}
