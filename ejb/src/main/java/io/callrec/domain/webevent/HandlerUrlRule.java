package io.callrec.domain.webevent;

import io.callrec.domain.validation.InvalidFieldException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs a web event may be posted to, so that registering a handler cannot make the server probe
 * the provider's own network: http or https with a host and no user info; when the operator lists
 * allowed hosts ({@code WebEvents.AllowedHosts}) only those hosts, whatever they resolve to; with no
 * list, only hosts whose every address is public (not loopback, link-local, site-local, unique-local,
 * wildcard or multicast). A refusal is a 400 naming the field "url" and the reason.
 */
public final class HandlerUrlRule {

    /** Resolves a host name to its addresses (the system resolver in production, a table in tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private HandlerUrlRule() {
    }

    /** The URL when it may be used; else {@link InvalidFieldException} on "url" with the reason. */
    public static URI check(String url, List<String> allowedHosts, Resolver resolver) {
        URI uri = parse(url);
        String host = host(uri.getHost());
        List<String> allowed = allowedHosts.stream().map(HandlerUrlRule::host).filter(h -> !h.isEmpty()).toList();
        if (!allowed.isEmpty()) {
            if (!allowed.contains(host)) {
                throw refused("host '" + host + "' is not in the allow-list WebEvents.AllowedHosts " + allowed);
            }
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw refused("host '" + host + "' does not resolve");
        }
        InetAddress internal = Arrays.stream(addresses).filter(HandlerUrlRule::isInternal).findFirst().orElse(null);
        if (internal != null || addresses.length == 0) {
            throw refused("host '" + host + "' resolves to an internal address (" + (internal == null ? "none"
                    : internal.getHostAddress()) + "); list it in WebEvents.AllowedHosts to allow it");
        }
        return uri;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw refused("is required");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("must be http or https, not '" + (uri.getScheme() == null ? "" : uri.getScheme()) + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused("has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("must not carry user info (credentials belong in the secret)");
        }
        return uri;
    }

    /** A host as compared: lower case, IPv6 literals without their brackets. */
    static String host(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean v4Mapped = isV4Mapped(b);
            if (uniqueLocal) {
                return true;
            }
            if (v4Mapped) {
                try {
                    return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        return (b[0] & 0xff) == 0 || (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }

    private static InvalidFieldException refused(String reason) {
        return new InvalidFieldException("url", reason);
    }
}
