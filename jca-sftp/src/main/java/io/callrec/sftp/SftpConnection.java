package io.callrec.sftp;

import java.io.InputStream;

/**
 * One pooled SFTP connection, for one thread at a time. Paths are remote paths, absolute or relative
 * to the login directory, taken literally (no wildcards). Every call either completes or fails within
 * the endpoint's operation timeout of silence from the server.
 *
 * <p>A failure that leaves the connection unusable (lost or silent server, an interrupted transfer)
 * discards it from the pool; the handle must still be closed. Failures the server reports for one
 * request (no such path, permission denied) leave the connection usable.
 */
public interface SftpConnection extends AutoCloseable {

    /**
     * Writes everything {@code content} yields to {@code remotePath}, creating or truncating it. The
     * stream is read to its end and not closed. Write to a temporary name and {@link #rename} it, so
     * a failed transfer never leaves a partial file under the final name.
     *
     * @return the number of bytes written
     */
    long put(InputStream content, String remotePath) throws SftpException;

    /**
     * Renames {@code from} to {@code to}, atomically replacing an existing {@code to} where the server
     * offers POSIX rename (OpenSSH's posix-rename@openssh.com extension, used whenever the server
     * announces it). A server with only the SFTP v3 rename refuses an existing target (kind IO):
     * delete it first there.
     */
    void rename(String from, String to) throws SftpException;

    /** Creates the directory and any missing parents; an existing directory is fine. */
    void mkdirs(String path) throws SftpException;

    /** Whether anything (file or directory) exists at the path. */
    boolean exists(String path) throws SftpException;

    /** Whether the path exists and is a directory. */
    boolean isDirectory(String path) throws SftpException;

    /** The size in bytes of the file at the path; {@link SftpException.Kind#NO_SUCH_PATH} if there is none. */
    long size(String path) throws SftpException;

    /** Removes the file at the path; {@link SftpException.Kind#NO_SUCH_PATH} if there is none. */
    void delete(String path) throws SftpException;

    /** Gives the connection back to the pool; the handle cannot be used afterwards. */
    @Override
    void close();
}
