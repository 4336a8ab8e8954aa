package io.callrec.sftp.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;

/**
 * The connection manager outside a container (JCA's non-managed mode): a new connection per request,
 * destroyed when its handle is closed or it fails.
 */
final class UnpooledConnectionManager implements ConnectionManager {

    private static final long serialVersionUID = 1L;

    @Override
    public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
            throws ResourceException {
        ManagedConnection connection = factory.createManagedConnection(null, info);
        connection.addConnectionEventListener(new DestroyWhenDone(connection));
        return connection.getConnection(null, info);
    }

    private record DestroyWhenDone(ManagedConnection connection) implements ConnectionEventListener {

        @Override
        public void connectionClosed(ConnectionEvent event) {
            destroy();
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            destroy();
        }

        @Override
        public void localTransactionStarted(ConnectionEvent event) {
            // NoTransaction
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent event) {
            // NoTransaction
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent event) {
            // NoTransaction
        }

        private void destroy() {
            try {
                connection.destroy();
            } catch (ResourceException e) {
                throw new IllegalStateException("destroying an unpooled SFTP connection failed", e);
            }
        }
    }
}
