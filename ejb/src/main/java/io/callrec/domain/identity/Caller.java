package io.callrec.domain.identity;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The authenticated principal a use case acts for: its login, its role and what it belongs to (the
 * customer of a customer user, the account of an account user). Resolved once per request from the
 * container's principal and the user row; every access decision is made from it.
 */
public record Caller(String login, Role role, String customerId, String accountId) {

    public Caller {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        if (role == Role.CUSTOMER && customerId == null) {
            throw new IllegalArgumentException("a customer user belongs to a customer");
        }
        if (role == Role.ACCOUNT && accountId == null) {
            throw new IllegalArgumentException("an account user belongs to an account");
        }
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Refuses (403) unless the caller has one of the roles. */
    public void require(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(r -> r == role)) {
            throw new RoleRequiredException("this requires the role "
                    + Arrays.stream(allowed).map(Role::jsonName).collect(Collectors.joining(" or "))
                    + "; '" + login + "' is " + role.jsonName());
        }
    }
}
