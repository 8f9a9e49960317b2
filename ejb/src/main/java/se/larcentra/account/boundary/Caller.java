package se.larcentra.account.boundary;

import java.util.Set;

/**
 * Who a request acts for: the account's id, its username (the principal's name), its role names,
 * its language, and the credential version a session keeps to notice a password change.
 */
public record Caller(long accountId, String username, Set<String> roles, String language, int credentialVersion) {
}
