package se.larcentra.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import se.larcentra.platform.entity.SwedishSortKey;

/** A course's title and description in one language. */
@Embeddable
public class CourseText {

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "description", length = 20000)
    private String description;

    /** Orders lists by title in Swedish alphabetical order (see {@link SwedishSortKey}). */
    @Column(name = "title_sort", nullable = false, length = SwedishSortKey.MAX_LENGTH)
    private String sortKey;

    protected CourseText() {
    }

    public CourseText(String title, String description) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a course title is required");
        }
        this.title = title.strip();
        this.sortKey = SwedishSortKey.of(this.title);
        this.description = description == null ? "" : description.strip();
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CourseText t && t.title.equals(title) && Objects.equals(t.description, description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, description);
    }
}
