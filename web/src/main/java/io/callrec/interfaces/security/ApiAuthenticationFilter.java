package io.callrec.interfaces.security;

import io.callrec.application.identity.CallerDirectory;
import io.callrec.application.identity.LoginGate;
import io.callrec.domain.identity.Caller;
import io.callrec.infrastructure.security.DomainLogin;
import io.callrec.infrastructure.security.PasswordHashing;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates every request on {@code /api/*}. The credentials of the Authorization header are
 * checked by the Elytron security domain of configure-security.cli ({@link DomainLogin}: bcrypt for
 * passwords, SHA-256 digests for tokens) and the rest of the request runs as that identity, so the
 * EJBs' {@code @RolesAllowed} see it; nothing is kept after the request (no session: every request
 * presents its credentials). Around a password check the {@link LoginGate} applies the failed-login
 * lock, and an unknown or locked login costs the same bcrypt work as a wrong password. Without
 * credentials only the {@link OpenPaths} are served.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiAuthenticationFilter extends HttpFilter {

    @Inject
    LoginGate gate;

    @Inject
    CallerDirectory callers;

    @Inject
    PasswordHashing hashing;

    @Inject
    DomainLogin domain;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Credentials> credentials;
        try {
            credentials = Credentials.parse(request.getHeader("Authorization"));
        } catch (Credentials.Malformed e) {
            Refusal.unauthorized(response, "malformed Authorization header: " + e.getMessage());
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (credentials.isEmpty()) {
            if (OpenPaths.isOpen(request.getMethod(), path, request.getParameter("sig") != null)) {
                chain.doFilter(request, response);
            } else {
                Refusal.unauthorized(response, "authentication required");
            }
            return;
        }
        if (CrossSiteRequests.refused(request)) {
            Refusal.forbidden(response, "a cross-site request that changes something is refused");
            return;
        }
        Authenticated authenticated;
        try {
            authenticated = authenticate(credentials.get(), request.getRemoteAddr());
        } catch (DomainLogin.UnavailableException e) {
            Refusal.unavailable(response, e.getMessage());
            return;
        }
        if (authenticated == null) {
            Refusal.unauthorized(response, Refusal.INVALID);
            return;
        }
        Caller caller = authenticated.caller();
        if (Uploads.refused(request.getMethod(), path, caller)) {
            Refusal.forbidden(response, "posting calls requires the role switch or admin; '" + caller.login()
                    + "' is " + caller.role().jsonName());
            return;
        }
        request.setAttribute(CurrentCaller.ATTRIBUTE, caller);
        runAs(authenticated.identity(), request, response, chain);
    }

    private record Authenticated(Caller caller, DomainLogin.Identity identity) {
    }

    /** The caller and its identity, or null when the credentials are refused (a login's failure is counted). */
    private Authenticated authenticate(Credentials credentials, String client) {
        if (credentials.scheme() == Credentials.Scheme.BEARER) {
            Optional<DomainLogin.Identity> identity = domain.login(credentials.principal(), credentials.secret());
            Optional<Caller> owner = identity.flatMap(i -> callers.token(credentials.tokenId()));
            return owner.map(c -> new Authenticated(c, identity.get())).orElse(null);
        }
        LoginGate.Admission admission = gate.admit(credentials.principal(), client);
        if (admission.state() != LoginGate.State.OPEN) {
            hashing.burn(credentials.secret());
            return null;
        }
        Optional<DomainLogin.Identity> identity = domain.login(credentials.principal(), credentials.secret());
        if (identity.isEmpty()) {
            gate.failed(credentials.principal(), client);
            return null;
        }
        if (admission.failures() > 0) {
            gate.succeeded(credentials.principal(), client);
        }
        return new Authenticated(admission.caller(), identity.get());
    }

    private static void runAs(DomainLogin.Identity identity, HttpServletRequest request, HttpServletResponse response,
                              FilterChain chain) throws IOException, ServletException {
        try {
            identity.call(() -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
