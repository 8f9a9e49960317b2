package se.larcentra.account.entity;

import java.util.Locale;

/** What an account may do; the names are the security roles of every boundary. */
public enum Role {
    LEARNER, TEACHER, TUTOR, COORDINATOR, ADMINISTRATOR;

    public static final String LEARNER_NAME = "learner";
    public static final String TEACHER_NAME = "teacher";
    public static final String TUTOR_NAME = "tutor";
    public static final String COORDINATOR_NAME = "coordinator";
    public static final String ADMINISTRATOR_NAME = "administrator";
    /** Every role name, as a regular expression (for validation annotations, which need a constant). */
    public static final String NAME_PATTERN = "learner|teacher|tutor|coordinator|administrator";

    /** The name as used in {@code @RolesAllowed} and the security group. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofName(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
