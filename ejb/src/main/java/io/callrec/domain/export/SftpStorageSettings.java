package io.callrec.domain.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The stored "SFTPStorage" settings: one row (id 1) every instance reads, so a change applies to the next
 * exported file on every instance without a restart. The secrets are kept as given (the database is as
 * trusted as the server's configuration) and never shown back by the API.
 */
@Entity
@Table(name = "sftp_storage")
public class SftpStorageSettings {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Version
    private long version;

    private boolean enabled;
    @Column(length = 255) private String host;
    private int port;
    @Column(name = "username", length = 128) private String user;
    @Column(length = 512) private String password;
    @Column(length = 16000) private String privateKey;
    @Column(length = 512) private String passphrase;
    @Column(length = 16000) private String hostKey;
    @Column(length = 1024) private String rootPath;
    @Column(length = 4000) private String metaFileItems;
    @Column(nullable = false, length = 64) private String environment;
    @Column(nullable = false) private Instant updatedAt;

    protected SftpStorageSettings() {
    }

    public SftpStorageSettings(SftpStorageValues values, Instant now) {
        this.id = ID;
        change(values, now);
    }

    public void change(SftpStorageValues values, Instant now) {
        enabled = values.enabled();
        host = values.host();
        port = values.port();
        user = values.user();
        password = values.password();
        privateKey = values.privateKey();
        passphrase = values.passphrase();
        hostKey = values.hostKey();
        rootPath = values.rootPath();
        metaFileItems = values.metaFileItems();
        environment = values.environment();
        updatedAt = now;
    }

    public SftpStorageValues values() {
        return new SftpStorageValues(enabled, host, port, user, password, privateKey, passphrase, hostKey, rootPath,
                metaFileItems, environment);
    }

    public Instant getUpdatedAt() { return updatedAt; }
}
