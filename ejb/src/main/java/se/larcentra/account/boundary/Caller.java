package se.larcentra.account.boundary;

import java.util.Set;

/** Who a request acts for: the account's id, its username (the principal's name) and its role names. */
public record Caller(long accountId, String username, Set<String> roles, String language) {
}
