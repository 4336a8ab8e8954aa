package io.callrec.interfaces.security;

import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The request's caller, as {@link ApiAuthenticationFilter} resolved it from the container's principal
 * and the user row. Resources pass it to the use cases, which decide access by it.
 */
@RequestScoped
public class CurrentCaller {

    static final String ATTRIBUTE = Caller.class.getName();

    @Inject
    HttpServletRequest request;

    /** The authenticated caller; 401 when there is none (only the open paths are reached without one). */
    public Caller get() {
        return find().orElseThrow(NotAuthenticatedException::new);
    }

    /**
     * The caller, refused (403) unless it has one of the roles: for writes, before their body is read,
     * so a wrong role is told so rather than about its body. The use case checks again.
     */
    public Caller require(Role... roles) {
        Caller caller = get();
        caller.require(roles);
        return caller;
    }

    public Optional<Caller> find() {
        return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
    }

    /** Where the request came from, for the access log. */
    public String remoteAddress() {
        return request.getRemoteAddr();
    }
}
