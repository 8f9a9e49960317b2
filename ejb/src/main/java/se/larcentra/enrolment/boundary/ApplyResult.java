package se.larcentra.enrolment.boundary;

import java.util.Optional;

/**
 * What applying did, and a warning when the learner's admitted offerings that overlap this one
 * would, with it, add up to more than full time (pace over 100 %).
 */
public record ApplyResult(EnrolmentView enrolment, Optional<Integer> overlappingPacePercent) {

    public boolean studyLoadWarning() {
        return overlappingPacePercent.map(p -> p > 100).orElse(false);
    }
}
