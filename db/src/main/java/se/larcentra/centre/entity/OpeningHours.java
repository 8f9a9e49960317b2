package se.larcentra.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** The hours a centre is open on one day of the week, in Europe/Stockholm local time. */
@Embeddable
public class OpeningHours implements Comparable<OpeningHours> {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "opens", nullable = false)
    private LocalTime opens;

    @Column(name = "closes", nullable = false)
    private LocalTime closes;

    protected OpeningHours() {
    }

    public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.day = Objects.requireNonNull(day, "day");
        this.opens = Objects.requireNonNull(opens, "opens");
        this.closes = Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a centre must open before it closes: " + opens + "–" + closes);
        }
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    public boolean overlaps(OpeningHours other) {
        return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
    }

    @Override
    public int compareTo(OpeningHours other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : opens.compareTo(other.opens);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningHours h && h.day == day && h.opens.equals(opens) && h.closes.equals(closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, opens, closes);
    }
}
