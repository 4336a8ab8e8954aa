package io.callrec.interfaces.security;

import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;

/**
 * Posting a call uploads a capture of up to gigabytes, which JAX-RS reads before the resource runs: a
 * caller whose role may not post calls is refused here, before the upload is read. (The resource and
 * the use case check the role again.)
 */
final class Uploads {

    static final String CALLS = "/api/v1/calls";

    private Uploads() {
    }

    static boolean refused(String method, String path, Caller caller) {
        return method.equals("POST") && path.equals(CALLS) && !caller.is(Role.SWITCH) && !caller.is(Role.ADMIN);
    }
}
