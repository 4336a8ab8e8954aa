package io.callrec.interfaces.security;

import io.callrec.domain.refusal.RequestRefusedException;
import java.util.Map;

/** A path that needs a caller was reached without one: 401 with the Basic challenge, like the filter's answer. */
public class NotAuthenticatedException extends RequestRefusedException {

    public NotAuthenticatedException() {
        super(401, "authentication required");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("WWW-Authenticate", "Basic realm=\"callrec\", charset=\"UTF-8\"");
    }
}
