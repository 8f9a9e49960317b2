package se.larcentra.account.boundary;

import jakarta.ejb.ApplicationException;

/** An account change the rules do not allow; {@link #reason()} says which, for a translated message. */
@ApplicationException(rollback = true)
public class AccountRefusedException extends RuntimeException {

    public enum Reason {
        USERNAME_TAKEN("This username is taken."),
        USERNAME_LOOKS_LIKE_EMAIL("A username with an @ must be the account's own e-mail address."),
        EMAIL_TAKEN("An account with this e-mail address exists already."),
        PASSWORD_TOO_SHORT("The password must be at least 10 characters long."),
        PASSWORD_TOO_LONG("The password must be at most 200 characters long."),
        PASSWORD_IS_USERNAME("The password must not be the username."),
        LINK_INVALID("This link has expired or has been used already."),
        UNKNOWN_MUNICIPALITY("No such municipality."),
        OWN_ACCOUNT("Administrators cannot take away their own administrator role or deactivate their own account."),
        PASSWORD_WRONG("The password is not right.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public AccountRefusedException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
