package io.callrec.sftp;

/**
 * Hands out pooled SFTP connections; bound in JNDI as {@code java:/eis/callrec/Sftp}. Connections are
 * pooled per endpoint: a connection is only ever reused for a request with an equal
 * {@link SftpEndpoint}, so connections made with settings that have since changed are never handed
 * out again and simply idle out of the pool.
 */
public interface SftpConnectionFactory {

    /** A connection to the endpoint configured on the adapter (the server's CLI properties). */
    SftpConnection getConnection() throws SftpException;

    /** A connection to this endpoint, e.g. settings the application keeps in its database. */
    SftpConnection getConnection(SftpEndpoint endpoint) throws SftpException;
}
