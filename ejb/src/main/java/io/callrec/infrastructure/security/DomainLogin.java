package io.callrec.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Optional;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Logs a principal in through the deployment's Elytron security domain (configure-security.cli: the
 * JDBC realms, bcrypt and SHA-256 digests, the roles) and runs work as the resulting identity, which
 * the EJBs' {@code @RolesAllowed} then see. Unlike {@code HttpServletRequest.login}, which keeps the
 * identity in a new HTTP session, nothing outlives the work: the API is stateless, every request
 * presents its own credentials.
 */
@ApplicationScoped
public class DomainLogin {

    /** An authenticated identity of the security domain. */
    public static final class Identity {
        private final SecurityIdentity identity;

        private Identity(SecurityIdentity identity) {
            this.identity = identity;
        }

        /** Runs {@code work} as this identity; the work's own exception comes out unwrapped. */
        public <T> T call(PrivilegedExceptionAction<T> work) throws Exception {
            try {
                return identity.runAs(work);
            } catch (PrivilegedActionException e) {
                throw e.getException();
            }
        }
    }

    /** The security realms could not be asked (the database is down): neither yes nor no. */
    public static final class UnavailableException extends RuntimeException {
        UnavailableException(Throwable cause) {
            super("the user directory is not available right now", cause);
        }
    }

    /** Empty when the domain refuses the principal and secret. */
    public Optional<Identity> login(String principal, String secret) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("the deployment has no Elytron security domain: is 'callrec' configured?");
        }
        PasswordGuessEvidence evidence = new PasswordGuessEvidence(secret.toCharArray());
        try {
            return Optional.of(new Identity(domain.authenticate(principal, evidence)));
        } catch (RealmUnavailableException e) {
            throw new UnavailableException(e);
        } catch (SecurityException e) {
            return Optional.empty();
        } finally {
            evidence.destroy();
        }
    }
}
