package io.callrec.domain.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The "SFTPStorage" settings as values: whether export is on, the server and login, the host key the
 * server must show, the root folder, the {@code meta_file_items} and the billing environment. Secrets
 * (password, private key, its passphrase) are null when not set. {@link #problems()} says what is wrong;
 * with export off only what is given is checked, with export on everything an export needs must be there.
 *
 * @param metaFileItems the entries as text (see {@link MetaFileItems})
 * @param environment   the first folder under the root, so several billing environments can share a storage
 */
public record SftpStorageValues(boolean enabled, String host, int port, String user, String password, String privateKey,
                                String passphrase, String hostKey, String rootPath, String metaFileItems,
                                String environment) {

    public static final int DEFAULT_PORT = 22;
    public static final String DEFAULT_ENVIRONMENT = "default";
    private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");

    /** Nothing configured, export off. */
    public static SftpStorageValues none() {
        return new SftpStorageValues(false, null, DEFAULT_PORT, null, null, null, null, null, null, null,
                DEFAULT_ENVIRONMENT);
    }

    public SftpStorageValues {
        host = blankToNull(host);
        user = blankToNull(user);
        password = emptyToNull(password);
        privateKey = emptyToNull(privateKey);
        passphrase = emptyToNull(passphrase);
        hostKey = blankToNull(hostKey);
        rootPath = blankToNull(rootPath);
        metaFileItems = blankToNull(metaFileItems);
        environment = blankToNull(environment) == null ? DEFAULT_ENVIRONMENT : environment.strip();
    }

    /** Every problem, each naming its setting; empty when the settings can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (port < 1 || port > 65535) {
            problems.add("port: must be between 1 and 65535, not " + port);
        }
        if (host != null && host.chars().anyMatch(Character::isWhitespace)) {
            problems.add("host: must not contain spaces");
        }
        if (rootPath != null && (!rootPath.startsWith("/") || List.of(rootPath.split("/")).contains(".."))) {
            problems.add("root_path: must be an absolute path (starting with /) without '..'");
        }
        if (!ENVIRONMENT.matcher(environment).matches()) {
            problems.add("environment: 1 to 64 letters, digits, '.', '_' or '-', not starting with '.'");
        }
        try {
            MetaFileItems.parse(metaFileItems);
        } catch (InvalidMetaFileItemsException e) {
            e.problems().forEach(p -> problems.add("meta_file_items: " + p));
        }
        if (enabled) {
            required(problems, host, "host");
            required(problems, user, "user");
            required(problems, rootPath, "root_path");
            if (password == null && privateKey == null) {
                problems.add("password or private_key: one is needed to log in while export is enabled");
            }
            if (hostKey == null) {
                problems.add("host_key: the server's host key (a known_hosts line, 'type base64' or a SHA256: fingerprint)"
                        + " is needed while export is enabled; no server is trusted blindly");
            }
        }
        return problems;
    }

    /** The parsed {@code meta_file_items}; call only on values without {@link #problems()}. */
    public List<MetaFileItem> items() {
        return MetaFileItems.parse(metaFileItems);
    }

    private static void required(List<String> problems, String value, String name) {
        if (value == null) {
            problems.add(name + ": required while export is enabled");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Without secrets, for logs. */
    @Override
    public String toString() {
        return "SftpStorageValues[enabled=" + enabled + ", " + user + "@" + host + ":" + port + ", root=" + rootPath
                + ", environment=" + environment + ", password " + (password != null ? "set" : "not set")
                + ", private key " + (privateKey != null ? "set" : "not set") + "]";
    }
}
