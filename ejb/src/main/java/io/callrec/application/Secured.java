package io.callrec.application;

/**
 * The application security domain the web module and the secured EJBs share (configure-security.cli
 * maps it to the Elytron domain {@code CallrecDomain}). Services that only the web layer calls carry
 * {@code @SecurityDomain(Secured.DOMAIN)} and {@code @RolesAllowed} as a second line behind the
 * explicit {@link io.callrec.domain.identity.Caller} checks; services that message-driven beans or
 * timers also call carry neither.
 */
public final class Secured {

    public static final String DOMAIN = "callrec";

    private Secured() {
    }
}
