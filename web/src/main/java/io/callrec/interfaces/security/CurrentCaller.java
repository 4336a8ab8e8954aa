package io.callrec.interfaces.security;

import io.callrec.application.identity.CallerDirectory;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The request's caller: on the API as {@link ApiAuthenticationFilter} resolved it (the security
 * domain's identity and the user row); on pages the container authenticated itself (a FORM login on
 * the same security domain) from the container's principal and the user row. Resources and pages
 * pass it to the use cases, which decide access by it.
 */
@RequestScoped
public class CurrentCaller {

    static final String ATTRIBUTE = Caller.class.getName();

    @Inject
    HttpServletRequest request;

    @Inject
    CallerDirectory callers;

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
        Caller caller = (Caller) request.getAttribute(ATTRIBUTE);
        if (caller == null && request.getUserPrincipal() != null) {
            caller = callers.user(request.getUserPrincipal().getName()).orElse(null);
            request.setAttribute(ATTRIBUTE, caller);
        }
        return Optional.ofNullable(caller);
    }

    /** Where the request came from, for the access log. */
    public String remoteAddress() {
        return request.getRemoteAddr();
    }
}
