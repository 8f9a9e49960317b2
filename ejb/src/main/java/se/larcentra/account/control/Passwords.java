package se.larcentra.account.control;

import se.larcentra.account.boundary.AccountRefusedException;
import se.larcentra.account.boundary.AccountRefusedException.Reason;

/** The rules a new password must meet (its hash is {@link PasswordHashing}'s work). */
public final class Passwords {

    private Passwords() {
    }

    public static void requireAcceptable(String username, String password) {
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
            throw new AccountRefusedException(Reason.PASSWORD_TOO_SHORT);
        }
        if (password.length() > PasswordHasher.MAX_LENGTH) {
            throw new AccountRefusedException(Reason.PASSWORD_TOO_LONG);
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new AccountRefusedException(Reason.PASSWORD_IS_USERNAME);
        }
    }
}
