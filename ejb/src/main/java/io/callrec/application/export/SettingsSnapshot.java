package io.callrec.application.export;

import io.callrec.domain.export.SftpStorageValues;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Objects;

/**
 * The "SFTPStorage" settings as the audit log keeps them: every setting under its API name, but a secret
 * (password, private key, its passphrase) only as "set" or "not set"; the entry after a change also lists
 * in {@code secretsChanged} which secrets were replaced or removed, never their values.
 */
final class SettingsSnapshot {

    private SettingsSnapshot() {
    }

    static JsonObject of(SftpStorageValues v) {
        return base(v).build();
    }

    /** The settings after a change, with the names of the secrets that changed. */
    static JsonObject after(SftpStorageValues before, SftpStorageValues after) {
        JsonArrayBuilder changed = Json.createArrayBuilder();
        if (!Objects.equals(before.password(), after.password())) {
            changed.add("password");
        }
        if (!Objects.equals(before.privateKey(), after.privateKey())) {
            changed.add("private_key");
        }
        if (!Objects.equals(before.passphrase(), after.passphrase())) {
            changed.add("private_key_passphrase");
        }
        return base(after).add("secretsChanged", changed).build();
    }

    private static JsonObjectBuilder base(SftpStorageValues v) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("enabled", v.enabled());
        text(b, "host", v.host());
        b.add("port", v.port());
        text(b, "user", v.user());
        b.add("password", set(v.password())).add("private_key", set(v.privateKey()))
                .add("private_key_passphrase", set(v.passphrase()));
        text(b, "host_key", v.hostKey());
        text(b, "root_path", v.rootPath());
        JsonArrayBuilder items = Json.createArrayBuilder();
        if (v.metaFileItems() != null) {
            v.metaFileItems().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        b.add("meta_file_items", items);
        text(b, "environment", v.environment());
        return b;
    }

    private static String set(String secret) {
        return secret == null ? "not set" : "set";
    }

    private static void text(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
