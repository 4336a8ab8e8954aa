package io.callrec.sftp.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A connection pool that follows the connector contract the way IronJacamar does: validate idle
 * connections and match one, else create; a closed handle gives the connection back after
 * cleanup(); an error destroys it. Creation failures are wrapped as the container wraps them.
 */
final class FakePool implements ConnectionManager, ConnectionEventListener {

    private static final long serialVersionUID = 1L;

    final Set<ManagedConnection> idle = new LinkedHashSet<>();
    final Set<ManagedConnection> inUse = new LinkedHashSet<>();
    final List<ManagedConnection> created = new ArrayList<>();
    final List<ManagedConnection> destroyed = new ArrayList<>();
    final List<ConnectionEvent> errors = new ArrayList<>();
    final List<ConnectionEvent> closed = new ArrayList<>();

    @Override
    public synchronized Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
            throws ResourceException {
        for (Object invalid : ((SftpManagedConnectionFactory) factory).getInvalidConnections(new LinkedHashSet<>(idle))) {
            idle.remove(invalid);
            destroy((ManagedConnection) invalid);
        }
        ManagedConnection connection = factory.matchManagedConnections(new LinkedHashSet<>(idle), null, info);
        if (connection == null) {
            try {
                connection = factory.createManagedConnection(null, info);
            } catch (ResourceException e) {
                throw new ResourceException("IJ000453: Unable to get managed connection for java:/eis/test", e);
            }
            connection.addConnectionEventListener(this);
            created.add(connection);
        } else {
            idle.remove(connection);
        }
        inUse.add(connection);
        return connection.getConnection(null, info);
    }

    @Override
    public synchronized void connectionClosed(ConnectionEvent event) {
        closed.add(event);
        ManagedConnection connection = (ManagedConnection) event.getSource();
        try {
            connection.cleanup();
        } catch (ResourceException e) {
            throw new IllegalStateException(e);
        }
        inUse.remove(connection);
        idle.add(connection);
    }

    @Override
    public synchronized void connectionErrorOccurred(ConnectionEvent event) {
        errors.add(event);
        ManagedConnection connection = (ManagedConnection) event.getSource();
        inUse.remove(connection);
        idle.remove(connection);
        destroy(connection);
    }

    private void destroy(ManagedConnection connection) {
        try {
            connection.destroy();
        } catch (ResourceException e) {
            throw new IllegalStateException(e);
        }
        destroyed.add(connection);
    }

    synchronized void destroyAll() {
        List<ManagedConnection> all = new ArrayList<>(idle);
        all.addAll(inUse);
        idle.clear();
        inUse.clear();
        all.forEach(this::destroy);
    }

    @Override
    public void localTransactionStarted(ConnectionEvent event) {
        throw new AssertionError("NoTransaction adapter started a local transaction");
    }

    @Override
    public void localTransactionCommitted(ConnectionEvent event) {
        throw new AssertionError("NoTransaction adapter committed a local transaction");
    }

    @Override
    public void localTransactionRolledback(ConnectionEvent event) {
        throw new AssertionError("NoTransaction adapter rolled back a local transaction");
    }
}
