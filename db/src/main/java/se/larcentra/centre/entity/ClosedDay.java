package se.larcentra.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A day a centre is closed, or closes early ({@link #closesAt()}), besides the public holidays, which
 * every centre keeps without saying so.
 */
@Embeddable
public class ClosedDay implements Comparable<ClosedDay> {

    @Column(name = "closed_on", nullable = false)
    private LocalDate day;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    @Column(name = "note", length = 200)
    private String note;

    protected ClosedDay() {
    }

    private ClosedDay(LocalDate day, LocalTime closesAt, String note) {
        this.day = Objects.requireNonNull(day, "day");
        this.closesAt = closesAt;
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > 200) {
            throw new IllegalArgumentException("a note on a closed day is at most 200 characters");
        }
    }

    public static ClosedDay allDay(LocalDate day, String note) {
        return new ClosedDay(day, null, note);
    }

    /** Open as usual until {@code closesAt}, closed after. */
    public static ClosedDay shortened(LocalDate day, LocalTime closesAt, String note) {
        return new ClosedDay(day, Objects.requireNonNull(closesAt, "closesAt"), note);
    }

    public LocalDate day() {
        return day;
    }

    /** When the centre closes that day; empty when it is closed all day. */
    public Optional<LocalTime> closesAt() {
        return Optional.ofNullable(closesAt);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public int compareTo(ClosedDay other) {
        return day.compareTo(other.day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClosedDay c && c.day.equals(day) && Objects.equals(c.closesAt, closesAt) && Objects.equals(c.note, note);
    }

    @Override
    public int hashCode() {
        return day.hashCode();
    }
}
