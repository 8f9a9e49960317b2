package se.larcentra.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A provider's code for a course, e.g. {@code MAGA11} or {@code SVASVA1}; compared without case. */
@Embeddable
public class CourseCode {

    @Column(name = "code", nullable = false, length = 40)
    private String value;

    protected CourseCode() {
    }

    public CourseCode(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a course code is required");
        }
        String normalised = value.strip().toUpperCase(Locale.ROOT);
        if (normalised.length() > 40 || !normalised.matches("[\\p{L}\\p{N}._/-]+")) {
            throw new IllegalArgumentException("not a course code: " + value);
        }
        this.value = normalised;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CourseCode c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
