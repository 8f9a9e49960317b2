package se.larcentra.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Study pace: a percentage of full time from 1 to 100 (usually 25, 50, 75 or 100), or individual
 * pace, where the learner sets the tempo.
 */
@Embeddable
public class Pace {

    @Column(name = "pace_percent")
    private Integer percent;

    @Column(name = "pace_individual", nullable = false)
    private boolean individual;

    protected Pace() {
    }

    private Pace(Integer percent, boolean individual) {
        this.percent = percent;
        this.individual = individual;
    }

    public static Pace percent(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("pace is a percentage from 1 to 100: " + percent);
        }
        return new Pace(percent, false);
    }

    public static Pace individual() {
        return new Pace(null, true);
    }

    public boolean isIndividual() {
        return individual;
    }

    public OptionalInt percentage() {
        return individual ? OptionalInt.empty() : OptionalInt.of(percent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pace p && p.individual == individual && Objects.equals(p.percent, percent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(percent, individual);
    }

    /** {@code 50%} or {@code individual}. */
    @Override
    public String toString() {
        return individual ? "individual" : percent + "%";
    }
}
