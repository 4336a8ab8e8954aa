/**
 * The Jakarta Connectors (JCA 2.1) outbound side: the container pools
 * {@link io.callrec.sftp.ra.SftpManagedConnection}s (each one {@link io.callrec.sftp.ssh.SshLink}),
 * keyed by the requested {@link io.callrec.sftp.SftpEndpoint}; the application holds
 * {@link io.callrec.sftp.ra.SftpConnectionHandle}s. Transactions: none. A connection whose link broke
 * reports CONNECTION_ERROR_OCCURRED and is never matched again; a closed handle reports
 * CONNECTION_CLOSED and its connection goes back to the pool.
 */
package io.callrec.sftp.ra;
