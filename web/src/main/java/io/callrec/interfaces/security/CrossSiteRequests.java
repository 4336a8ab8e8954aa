package io.callrec.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;

/**
 * A browser sends remembered Basic credentials with requests other sites make it send (a form that
 * POSTs to {@code /api/v1/maintenance/...}). A request that may change something and that a browser
 * marks as coming from another site ({@code Sec-Fetch-Site: cross-site}, or an {@code Origin} other
 * than this server) is refused. The switch and scripts send neither header and are not affected.
 */
final class CrossSiteRequests {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private CrossSiteRequests() {
    }

    static boolean refused(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod())) {
            return false;
        }
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI o = URI.create(origin);
            int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(o.getScheme()) && request.getServerName().equalsIgnoreCase(o.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
