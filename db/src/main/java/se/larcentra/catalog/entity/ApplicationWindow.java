package se.larcentra.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When learners may apply: from 00:00 on the first day to the end of the last day, Swedish time,
 * or continuously (rolling admission).
 */
@Embeddable
public class ApplicationWindow {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Column(name = "application_opens")
    private LocalDate opens;

    @Column(name = "application_closes")
    private LocalDate closes;

    @Column(name = "application_continuous", nullable = false)
    private boolean continuous;

    protected ApplicationWindow() {
    }

    private ApplicationWindow(LocalDate opens, LocalDate closes, boolean continuous) {
        this.opens = opens;
        this.closes = closes;
        this.continuous = continuous;
    }

    public static ApplicationWindow between(LocalDate firstDay, LocalDate lastDay) {
        Objects.requireNonNull(firstDay, "first day");
        Objects.requireNonNull(lastDay, "last day");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("an application window closes after it opens: " + firstDay + "–" + lastDay);
        }
        return new ApplicationWindow(firstDay, lastDay, false);
    }

    public static ApplicationWindow continuous() {
        return new ApplicationWindow(null, null, true);
    }

    public boolean isContinuous() {
        return continuous;
    }

    public Optional<LocalDate> firstDay() {
        return Optional.ofNullable(opens);
    }

    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(closes);
    }

    /** Whether an application made at {@code moment} falls inside the window. */
    public boolean isOpenAt(Instant moment) {
        if (continuous) {
            return true;
        }
        Instant start = opens.atStartOfDay(SWEDEN).toInstant();
        Instant end = closes.plusDays(1).atStartOfDay(SWEDEN).toInstant();
        return !moment.isBefore(start) && moment.isBefore(end);
    }

    public boolean hasClosedBy(Instant moment) {
        return !continuous && !moment.isBefore(closes.plusDays(1).atStartOfDay(SWEDEN).toInstant());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationWindow w && w.continuous == continuous && Objects.equals(w.opens, opens)
                && Objects.equals(w.closes, closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(opens, closes, continuous);
    }
}
