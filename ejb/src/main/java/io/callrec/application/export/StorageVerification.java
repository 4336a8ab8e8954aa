package io.callrec.application.export;

import io.callrec.domain.export.InvalidMetaFileItemsException;
import io.callrec.domain.export.MetaFileItem;
import io.callrec.domain.export.MetaFileItems;
import io.callrec.domain.export.SftpStorageValues;
import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpConnectionFactory;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.infrastructure.persistence.CustomFields;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Verify: tries settings against the server the way an export would use them and reports every check —
 * the settings themselves, reaching the server, its host key, the login, that {@code root_path} is a
 * folder and writable (a probe file is written and removed), and that every {@code meta_file_items}
 * entry resolves (a custom field entry to a defined field). A failed step says exactly what failed; the steps after it that need it are "not checked".
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StorageVerification {

    @Resource(lookup = "java:/eis/callrec/Sftp")
    SftpConnectionFactory sftp;

    @Inject
    CustomFields customFields;

    public List<StorageCheck> verify(SftpStorageValues values) {
        List<StorageCheck> checks = new ArrayList<>();
        SftpEndpoint endpoint = settings(values, checks);
        if (endpoint == null) {
            for (String name : List.of("connect", "host_key", "login", "root_path", "writable")) {
                checks.add(StorageCheck.notChecked(name, "the settings are incomplete"));
            }
        } else {
            server(endpoint, values.rootPath(), checks);
        }
        checks.add(metaFileItems(values.metaFileItems()));
        return checks;
    }

    /** The connection settings (everything but meta_file_items, which has its own check), as an endpoint. */
    private static SftpEndpoint settings(SftpStorageValues values, List<StorageCheck> checks) {
        SftpStorageValues complete = new SftpStorageValues(true, values.host(), values.port(), values.user(),
                values.password(), values.privateKey(), values.passphrase(), values.hostKey(), values.rootPath(), null,
                values.environment());
        List<String> problems = complete.problems();
        if (problems.isEmpty()) {
            try {
                SftpEndpoint endpoint = StorageEndpoints.of(complete);
                checks.add(StorageCheck.passed("settings", "complete: " + endpoint));
                return endpoint;
            } catch (IllegalArgumentException e) {
                problems = List.of(e.getMessage());
            }
        }
        checks.add(StorageCheck.failed("settings", String.join("; ", problems)));
        return null;
    }

    private void server(SftpEndpoint endpoint, String root, List<StorageCheck> checks) {
        SftpConnection connection;
        try {
            connection = sftp.getConnection(endpoint);
        } catch (SftpException e) {
            connectionFailed(endpoint, e, checks);
            return;
        }
        try (connection) {
            checks.add(StorageCheck.passed("connect", "reached " + endpoint.host() + ":" + endpoint.port()));
            checks.add(StorageCheck.passed("host_key", "the server's host key is the expected one"));
            checks.add(StorageCheck.passed("login", "logged in as " + endpoint.user()));
            if (!connection.isDirectory(root)) {
                checks.add(StorageCheck.failed("root_path", "root_path " + root + " does not exist or is not a folder"));
                checks.add(StorageCheck.notChecked("writable", "root_path is not a folder"));
                return;
            }
            checks.add(StorageCheck.passed("root_path", root + " is a folder"));
            checks.add(writable(connection, root));
        } catch (SftpException e) {
            checks.add(StorageCheck.failed("root_path", StorageFailures.describe(e)));
        }
    }

    /** Which step the failed connection attempt reached, from the adapter's kind of failure. */
    private static void connectionFailed(SftpEndpoint endpoint, SftpException e, List<StorageCheck> checks) {
        String reason = StorageFailures.describe(e);
        String reached = "reached " + endpoint.host() + ":" + endpoint.port();
        switch (e.kind()) {
            case HOST_KEY_MISMATCH, HOST_KEY_UNKNOWN -> {
                checks.add(StorageCheck.passed("connect", reached));
                checks.add(StorageCheck.failed("host_key", reason));
                checks.add(StorageCheck.notChecked("login", "the host key was refused"));
            }
            case AUTHENTICATION, CONFIGURATION -> {
                checks.add(StorageCheck.passed("connect", reached));
                checks.add(StorageCheck.passed("host_key", "the server's host key is the expected one"));
                checks.add(StorageCheck.failed("login", reason));
            }
            default -> {
                checks.add(StorageCheck.failed("connect", reason));
                checks.add(StorageCheck.notChecked("host_key", "the server was not reached"));
                checks.add(StorageCheck.notChecked("login", "the server was not reached"));
            }
        }
        checks.add(StorageCheck.notChecked("root_path", "no connection"));
        checks.add(StorageCheck.notChecked("writable", "no connection"));
    }

    /** Writes a small probe file into the root and removes it. */
    private static StorageCheck writable(SftpConnection connection, String root) {
        String probe = (root.endsWith("/") ? root : root + "/") + ".callrec-verify-" + UUID.randomUUID() + ".probe";
        byte[] content = "callrec verify probe\n".getBytes(StandardCharsets.UTF_8);
        try {
            connection.put(new ByteArrayInputStream(content), probe);
        } catch (SftpException e) {
            return StorageCheck.failed("writable", "root_path " + root + " is not writable: " + StorageFailures.describe(e));
        }
        try {
            connection.delete(probe);
        } catch (SftpException e) {
            return StorageCheck.failed("writable", "a probe file was written to " + root + " but could not be removed ("
                    + probe + "): " + StorageFailures.describe(e));
        }
        return StorageCheck.passed("writable", "a probe file was written to " + root + " and removed");
    }

    /** Every entry parses and every custom field it names is defined. */
    private StorageCheck metaFileItems(String text) {
        try {
            List<MetaFileItem> items = MetaFileItems.parse(text);
            List<String> undefined = MetaFileItems.undefinedFields(items, customFields.names());
            if (!undefined.isEmpty()) {
                return StorageCheck.failed("meta_file_items", String.join("; ", undefined));
            }
            return StorageCheck.passed("meta_file_items", items.isEmpty() ? "no entries"
                    : "every entry resolves: " + items.stream().map(MetaFileItem::text).collect(Collectors.joining(", ")));
        } catch (InvalidMetaFileItemsException e) {
            return StorageCheck.failed("meta_file_items", String.join("; ", e.problems()));
        }
    }
}
