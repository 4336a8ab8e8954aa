package io.callrec.media.sdp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Canonical text for IP literals so that an SDP address and a captured packet address compare
 * equal: IPv4 dotted quad, IPv6 in {@link InetAddress#getHostAddress()} form (RFC 5952 style
 * spelling differences removed). Host names are kept as written and never resolved.
 */
public final class Addresses {

    private Addresses() {
    }

    public static String normalize(String address) {
        String a = address.trim();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.indexOf(':') >= 0 && a.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
            try {
                // A literal containing ':' is parsed without any name lookup.
                return InetAddress.getByName(a).getHostAddress().toLowerCase(Locale.ROOT);
            } catch (UnknownHostException | SecurityException e) {
                return a.toLowerCase(Locale.ROOT);
            }
        }
        return a.toLowerCase(Locale.ROOT);
    }

    /** "a.b.c.d:port" for IPv4, "[v6]:port" for IPv6. */
    public static String endpoint(String normalizedAddress, int port) {
        return normalizedAddress.indexOf(':') >= 0 ? "[" + normalizedAddress + "]:" + port : normalizedAddress + ":" + port;
    }

    /** Normalises a flow endpoint text "addr:port" or "[v6]:port" to the {@link #endpoint} form. */
    public static String normalizeEndpoint(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        if (colon <= 0) {
            return endpoint;
        }
        try {
            int port = Integer.parseInt(endpoint.substring(colon + 1));
            return endpoint(normalize(endpoint.substring(0, colon)), port);
        } catch (NumberFormatException e) {
            return endpoint;
        }
    }

    /** The port of an endpoint text, or -1. */
    public static int port(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(endpoint.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
