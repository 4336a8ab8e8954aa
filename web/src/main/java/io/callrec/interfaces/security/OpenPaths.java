package io.callrec.interfaces.security;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The only requests served without credentials: the health check, the OpenAPI description, and the
 * audio of a recording asked for with a signed link (the resource checks the signature and refuses
 * everything else with 401/403). Paths are the servlet path and path info, which the container has
 * already decoded and normalised.
 */
final class OpenPaths {

    private static final Set<String> OPEN = Set.of("/api/v1/health", "/api/openapi.yaml");
    private static final Pattern AUDIO = Pattern.compile("/api/v1/recordings/[0-9]{1,19}/audio");

    private OpenPaths() {
    }

    static boolean isOpen(String method, String path, boolean signed) {
        if (OPEN.contains(path)) {
            return true;
        }
        return signed && (method.equals("GET") || method.equals("HEAD")) && AUDIO.matcher(path).matches();
    }
}
