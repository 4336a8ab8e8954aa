package io.callrec.interfaces.console;

import io.callrec.application.export.SftpStorageAdministration.Change;
import io.callrec.application.export.SftpStorageAdministration.View;
import java.io.Serializable;
import java.util.List;

/**
 * The SFTP storage settings as the settings page's form holds them. The secrets are write-only: their
 * fields start empty and an empty one keeps the stored secret, unless its "remove" box is ticked; the
 * page shows only whether each is set. {@code metaFileItems} is one entry per line.
 */
public class SftpStorageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean enabled;
    private String host;
    private Integer port;
    private String user;
    private String password;
    private boolean removePassword;
    private String privateKey;
    private boolean removePrivateKey;
    private String passphrase;
    private boolean removePassphrase;
    private String hostKey;
    private String rootPath;
    private String metaFileItems;
    private String environment;
    private boolean passwordSet;
    private boolean privateKeySet;
    private boolean passphraseSet;

    static SftpStorageForm of(View v) {
        SftpStorageForm f = new SftpStorageForm();
        f.enabled = v.enabled();
        f.host = v.host();
        f.port = v.port();
        f.user = v.user();
        f.hostKey = v.hostKey();
        f.rootPath = v.rootPath();
        f.metaFileItems = String.join("\n", v.metaFileItems());
        f.environment = v.environment();
        f.passwordSet = v.passwordSet();
        f.privateKeySet = v.privateKeySet();
        f.passphraseSet = v.passphraseSet();
        return f;
    }

    /** The change the form asks for: a secret left empty is kept (null), a removed one is "". */
    Change change() {
        List<String> items = metaFileItems == null ? List.of()
                : metaFileItems.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Change(enabled, CallListing.blankToNull(host), port, CallListing.blankToNull(user),
                secret(password, removePassword), secret(privateKey, removePrivateKey), secret(passphrase, removePassphrase),
                CallListing.blankToNull(hostKey), CallListing.blankToNull(rootPath), items,
                CallListing.blankToNull(environment));
    }

    private static String secret(String given, boolean remove) {
        if (remove) {
            return "";
        }
        return given == null || given.isEmpty() ? null : given;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isRemovePassword() {
        return removePassword;
    }

    public void setRemovePassword(boolean removePassword) {
        this.removePassword = removePassword;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    public boolean isRemovePrivateKey() {
        return removePrivateKey;
    }

    public void setRemovePrivateKey(boolean removePrivateKey) {
        this.removePrivateKey = removePrivateKey;
    }

    public String getPassphrase() {
        return passphrase;
    }

    public void setPassphrase(String passphrase) {
        this.passphrase = passphrase;
    }

    public boolean isRemovePassphrase() {
        return removePassphrase;
    }

    public void setRemovePassphrase(boolean removePassphrase) {
        this.removePassphrase = removePassphrase;
    }

    public String getHostKey() {
        return hostKey;
    }

    public void setHostKey(String hostKey) {
        this.hostKey = hostKey;
    }

    public String getRootPath() {
        return rootPath;
    }

    public void setRootPath(String rootPath) {
        this.rootPath = rootPath;
    }

    public String getMetaFileItems() {
        return metaFileItems;
    }

    public void setMetaFileItems(String metaFileItems) {
        this.metaFileItems = metaFileItems;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public boolean isPasswordSet() {
        return passwordSet;
    }

    public boolean isPrivateKeySet() {
        return privateKeySet;
    }

    public boolean isPassphraseSet() {
        return passphraseSet;
    }
}
