package io.callrec.sftp.ra;

import io.callrec.sftp.SftpException;
import io.callrec.sftp.ssh.SshLink;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * One pooled connection: one {@link SshLink} and the application handles on it. A failure that
 * breaks the link is reported once as CONNECTION_ERROR_OCCURRED, after which the connection is never
 * matched again; closing a handle reports CONNECTION_CLOSED so the pool takes the connection back.
 */
public class SftpManagedConnection implements ManagedConnection {

    private static final Logger LOG = Logger.getLogger(SftpManagedConnection.class.getName());

    private final EndpointRequest request;
    private final SshLink link;
    private final Set<SftpConnectionHandle> handles = ConcurrentHashMap.newKeySet();
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean failed;
    private volatile boolean destroyed;
    private PrintWriter logWriter;

    SftpManagedConnection(EndpointRequest request, SshLink link) {
        this.request = request;
        this.link = link;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        if (destroyed) {
            throw new ResourceException("the SFTP connection is destroyed");
        }
        EndpointRequest asked = info instanceof EndpointRequest endpoint ? endpoint : null;
        if (info != null && asked == null || !serves(asked)) {
            throw new ResourceException("this SFTP connection was made for another endpoint");
        }
        SftpConnectionHandle handle = new SftpConnectionHandle(this);
        handles.add(handle);
        return handle;
    }

    boolean serves(EndpointRequest other) {
        return Objects.equals(request, other);
    }

    /** Neither failed nor destroyed, and the session is still up. */
    boolean isUsable() {
        return !failed && !destroyed && link.isOpen();
    }

    /** Runs one operation for a handle; a failure that broke the link is reported to the pool. */
    synchronized <T> T run(SftpConnectionHandle handle, LinkOperation<T> operation) throws SftpException {
        try {
            return operation.on(link);
        } catch (SftpException e) {
            if (!link.isOpen()) {
                failed(handle, e);
            }
            throw e;
        }
    }

    @FunctionalInterface
    interface LinkOperation<T> {
        T on(SshLink link) throws SftpException;
    }

    /** The application closed a handle. */
    void closed(SftpConnectionHandle handle) {
        if (handles.remove(handle) && !failed && !destroyed) {
            fire(ConnectionEvent.CONNECTION_CLOSED, handle, null);
        }
    }

    private void failed(SftpConnectionHandle handle, SftpException cause) {
        if (failed) {
            return;
        }
        failed = true;
        LOG.fine(() -> "SFTP connection " + link.endpoint() + " broke: " + cause.getMessage());
        fire(ConnectionEvent.CONNECTION_ERROR_OCCURRED, handle, cause);
    }

    private void fire(int type, SftpConnectionHandle handle, Exception cause) {
        ConnectionEvent event = new ConnectionEvent(this, type, cause);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener listener : listeners) {
            if (type == ConnectionEvent.CONNECTION_CLOSED) {
                listener.connectionClosed(event);
            } else {
                listener.connectionErrorOccurred(event);
            }
        }
    }

    /** Back to the pool: every handle is invalidated; the link stays connected for the next user. */
    @Override
    public void cleanup() {
        invalidateHandles(false);
    }

    private void invalidateHandles(boolean lost) {
        for (SftpConnectionHandle handle : handles) {
            handle.invalidate(lost);
        }
        handles.clear();
    }

    /** Out of the pool for good: handles invalidated, channel and session disconnected, their threads ended. */
    @Override
    public void destroy() {
        destroyed = true;
        invalidateHandles(true);
        link.close();
        listeners.clear();
        LOG.fine(() -> "SFTP connection " + link.endpoint() + " destroyed");
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof SftpConnectionHandle handle)) {
            throw new ResourceException("not an SFTP connection handle: " + connection);
        }
        if (destroyed) {
            throw new ResourceException("the SFTP connection is destroyed");
        }
        handle.moveTo(this);
        handles.add(handle);
    }

    /** A handle moved to another managed connection. */
    void detach(SftpConnectionHandle handle) {
        handles.remove(handle);
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("SFTP connections take part in no transaction (NoTransaction)");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("SFTP connections take part in no transaction (NoTransaction)");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new SftpMetaData(link.serverVersion(), link.endpoint().user());
    }

    @Override
    public void setLogWriter(PrintWriter writer) {
        this.logWriter = writer;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    /** For tests of the adapter's life cycle. */
    SshLink link() {
        return link;
    }

    @Override
    public String toString() {
        return "SftpManagedConnection[" + link + (failed ? ", failed" : "") + (destroyed ? ", destroyed" : "") + "]";
    }
}
