package se.larcentra.account.entity;

/** Where an account is in its life. Only {@link #ACTIVE} accounts can sign in. */
public enum AccountStatus {
    /** A learner who registered but has not yet followed the confirmation link. */
    UNCONFIRMED,
    ACTIVE,
    /** Switched off by an administrator; can be switched on again. */
    DEACTIVATED,
    /** Personal data erased at the learner's request; the row stays for others' records. */
    ERASED
}
