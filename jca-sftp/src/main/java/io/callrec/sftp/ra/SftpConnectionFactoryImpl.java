package io.callrec.sftp.ra;

import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpConnectionFactory;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import java.io.Serializable;
import java.util.Objects;
import javax.naming.Reference;

/**
 * The object bound in JNDI. Each call asks the container's connection manager (the pool) for a
 * connection and unwraps the pool's exceptions back into the {@link SftpException} that caused them.
 */
public class SftpConnectionFactoryImpl implements SftpConnectionFactory, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final SftpManagedConnectionFactory managedFactory;
    private final ConnectionManager manager;
    private Reference reference;

    SftpConnectionFactoryImpl(SftpManagedConnectionFactory managedFactory, ConnectionManager manager) {
        this.managedFactory = managedFactory;
        this.manager = manager;
    }

    @Override
    public SftpConnection getConnection() throws SftpException {
        return allocate(null);
    }

    @Override
    public SftpConnection getConnection(SftpEndpoint endpoint) throws SftpException {
        return allocate(new EndpointRequest(Objects.requireNonNull(endpoint, "endpoint")));
    }

    private SftpConnection allocate(EndpointRequest request) throws SftpException {
        try {
            return (SftpConnection) manager.allocateConnection(managedFactory, request);
        } catch (ResourceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SftpException failure) {
                    throw new SftpException(failure.kind(), failure.getMessage(), failure.serverHostKey().orElse(null), e);
                }
            }
            throw new SftpException(Kind.UNAVAILABLE, "no SFTP connection available: " + e.getMessage(), e);
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
