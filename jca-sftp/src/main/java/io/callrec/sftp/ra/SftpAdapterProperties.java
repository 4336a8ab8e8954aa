package io.callrec.sftp.ra;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The connection definition's configuration properties (ra.xml, set by the CLI script): the default
 * endpoint. Files are named rather than inlined for the secrets an administrator keeps on disk.
 */
public abstract class SftpAdapterProperties implements Serializable {

    private static final long serialVersionUID = 1L;

    private String host = "localhost";
    private Integer port = 22;
    private String user;
    private String password;
    private String privateKeyFile;
    private String privateKeyPassphrase;
    private String hostKey;
    private String hostKeyFile;
    private Integer connectTimeoutMillis;
    private Integer operationTimeoutMillis;

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

    /** Path of a private key file (PEM or OpenSSH format) on the server running WildFly. */
    public String getPrivateKeyFile() {
        return privateKeyFile;
    }

    public void setPrivateKeyFile(String privateKeyFile) {
        this.privateKeyFile = privateKeyFile;
    }

    public String getPrivateKeyPassphrase() {
        return privateKeyPassphrase;
    }

    public void setPrivateKeyPassphrase(String privateKeyPassphrase) {
        this.privateKeyPassphrase = privateKeyPassphrase;
    }

    /** Expected host key entries inline (see {@link io.callrec.sftp.SftpEndpoint#hostKey()}). */
    public String getHostKey() {
        return hostKey;
    }

    public void setHostKey(String hostKey) {
        this.hostKey = hostKey;
    }

    /** Path of a file with more expected host key entries (a known_hosts file, for example). */
    public String getHostKeyFile() {
        return hostKeyFile;
    }

    public void setHostKeyFile(String hostKeyFile) {
        this.hostKeyFile = hostKeyFile;
    }

    public Integer getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(Integer connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public Integer getOperationTimeoutMillis() {
        return operationTimeoutMillis;
    }

    public void setOperationTimeoutMillis(Integer operationTimeoutMillis) {
        this.operationTimeoutMillis = operationTimeoutMillis;
    }

    private Object[] values() {
        return new Object[] {host, port, user, password, privateKeyFile, privateKeyPassphrase, hostKey, hostKeyFile,
            connectTimeoutMillis, operationTimeoutMillis};
    }

    protected boolean sameProperties(SftpAdapterProperties other) {
        return Arrays.equals(values(), other.values());
    }

    protected int propertiesHash() {
        return Objects.hash(values());
    }
}
