package io.callrec.sftp.ra;

import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import java.io.InputStream;

/**
 * What the application holds: a handle on a pooled connection. Every call goes to the managed
 * connection it is currently associated with. After {@link #close()} (or the pool reclaiming the
 * connection) calls fail with {@link IllegalStateException}; once the connection broke or was
 * destroyed they fail with an {@link SftpException} of kind IO, as the failure itself did.
 */
public class SftpConnectionHandle implements SftpConnection {

    private volatile SftpManagedConnection owner;
    private volatile boolean lost;

    SftpConnectionHandle(SftpManagedConnection owner) {
        this.owner = owner;
    }

    @Override
    public long put(InputStream content, String remotePath) throws SftpException {
        return owner().run(this, link -> link.put(content, remotePath));
    }

    @Override
    public void rename(String from, String to) throws SftpException {
        owner().run(this, link -> {
            link.rename(from, to);
            return null;
        });
    }

    @Override
    public void mkdirs(String path) throws SftpException {
        owner().run(this, link -> {
            link.mkdirs(path);
            return null;
        });
    }

    @Override
    public boolean exists(String path) throws SftpException {
        return owner().run(this, link -> link.exists(path));
    }

    @Override
    public boolean isDirectory(String path) throws SftpException {
        return owner().run(this, link -> link.isDirectory(path));
    }

    @Override
    public long size(String path) throws SftpException {
        return owner().run(this, link -> link.size(path));
    }

    @Override
    public void delete(String path) throws SftpException {
        owner().run(this, link -> {
            link.delete(path);
            return null;
        });
    }

    /** Gives the connection back; a second close does nothing. */
    @Override
    public void close() {
        SftpManagedConnection current;
        synchronized (this) {
            current = owner;
            owner = null;
        }
        if (current != null) {
            current.closed(this);
        }
    }

    /** The pool took the connection back (cleanup), or it is gone ({@code lost}: broken or destroyed). */
    synchronized void invalidate(boolean connectionLost) {
        owner = null;
        lost = connectionLost;
    }

    /** JCA associateConnection: the handle now works on another managed connection. */
    synchronized void moveTo(SftpManagedConnection next) {
        if (owner != null && owner != next) {
            owner.detach(this);
        }
        owner = next;
    }

    private SftpManagedConnection owner() throws SftpException {
        SftpManagedConnection current = owner;
        if (current == null && lost) {
            throw new SftpException(Kind.IO, "this SFTP connection failed and was discarded; get a new one");
        }
        if (current == null) {
            throw new IllegalStateException("this SFTP connection handle is closed");
        }
        return current;
    }
}
