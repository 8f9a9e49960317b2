package se.larcentra.demo.control;

import java.math.BigDecimal;
import java.util.random.RandomGenerator;
import se.larcentra.catalog.entity.Fee;
import se.larcentra.catalog.entity.Offering;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyMode;

/**
 * How generated offerings (the demo's and the benchmark's) get their sessions, places, fees,
 * language and the odd cancellation, by the kind of provider: one set of rules for both, so the
 * benchmark measures data shaped like the demo's.
 */
public final class OfferingTraits {

    private OfferingTraits() {
    }

    /** Mandatory on-site and remote sessions for the mode. */
    public static void sessions(Offering offering, StudyMode mode, RandomGenerator random) {
        switch (mode) {
            case DISTANCE -> offering.changeMode(mode, random.nextInt(3), random.nextInt(7));
            case BLENDED -> offering.changeMode(mode, 2 + random.nextInt(7), 2 + random.nextInt(7));
            case CAMPUS -> offering.changeMode(mode, 10 + random.nextInt(31), 0);
        }
    }

    /** Places (one in ten unlimited), fees, English teaching and a 2 % chance of cancellation. */
    public static void terms(Offering offering, ProviderType type, RandomGenerator random) {
        if (random.nextInt(10) > 0) {
            offering.offerPlaces(switch (type) {
                case UNIVERSITY -> 40 + random.nextInt(81);
                case KOMVUX -> 20 + random.nextInt(16);
                case YH -> 25 + random.nextInt(11);
                case FOLK_HIGH_SCHOOL -> 15 + random.nextInt(16);
                default -> 8 + random.nextInt(8);
            });
        }
        if ((type == ProviderType.FOLK_HIGH_SCHOOL && random.nextInt(10) < 3)
                || ((type == ProviderType.OTHER || type == ProviderType.LEARNING_CENTRE) && random.nextBoolean())) {
            offering.charge(new Fee(BigDecimal.valueOf(100L * (2 + random.nextInt(20))), "SEK"));
        }
        if (type == ProviderType.UNIVERSITY
                && (offering.getCourse().getSubject().equals("languages") || random.nextInt(100) < 8)
                && random.nextInt(3) == 0) {
            offering.teachIn("en");
        }
        if (random.nextInt(100) < 2) {
            offering.cancel();
        }
    }
}
