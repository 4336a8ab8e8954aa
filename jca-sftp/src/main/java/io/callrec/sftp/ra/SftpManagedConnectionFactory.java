package io.callrec.sftp.ra;

import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.ssh.SshLink;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.RetryableUnavailableException;
import jakarta.resource.spi.ValidatingManagedConnectionFactory;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import javax.security.auth.Subject;

/**
 * Makes and matches the pooled connections. Its configuration properties (set from the server's CLI
 * script) describe the default endpoint; {@code getConnection(endpoint)} brings its own. Equality is
 * by configuration properties, as the connector specification requires.
 */
public class SftpManagedConnectionFactory extends SftpAdapterProperties
        implements ManagedConnectionFactory, ResourceAdapterAssociation, ValidatingManagedConnectionFactory {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SftpManagedConnectionFactory.class.getName());

    private transient SftpResourceAdapter adapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager manager) {
        return new SftpConnectionFactoryImpl(this, manager);
    }

    /** Outside a container: every connection is made for its caller and closed with its handle. */
    @Override
    public Object createConnectionFactory() {
        return new SftpConnectionFactoryImpl(this, new UnpooledConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        EndpointRequest request = request(info);
        try {
            SftpEndpoint endpoint = request == null ? ConfiguredEndpoint.of(this) : request.endpoint();
            SshLink link = SshLink.open(endpoint, adapter().scheduler());
            LOG.fine(() -> "connected to " + endpoint + " (" + link.serverVersion() + ")");
            return new SftpManagedConnection(request, link);
        } catch (SftpException e) {
            // A server that is down or silent is "temporarily unavailable" to the pool (IronJacamar
            // then leaves the logging to the caller); a refusal that needs an administrator is not.
            ResourceException failure = e.kind().retryable()
                    ? new RetryableUnavailableException(e.getMessage(), e.kind().name())
                    : new ResourceException(e.getMessage(), e.kind().name());
            failure.initCause(e);
            throw failure;
        }
    }

    /** A live connection made for the same request (the same endpoint, or both the configured one). */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        EndpointRequest request = request(info);
        for (Object candidate : candidates) {
            if (candidate instanceof SftpManagedConnection connection && connection.serves(request)
                    && connection.isUsable()) {
                return connection;
            }
        }
        return null;
    }

    /** Connections whose session ended (server gone, idle connection cut): the pool destroys them. */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Set getInvalidConnections(Set connections) {
        Set invalid = new HashSet<>();
        for (Object connection : connections) {
            if (connection instanceof SftpManagedConnection managed && !managed.isUsable()) {
                invalid.add(managed);
            }
        }
        return invalid;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.adapter = (SftpResourceAdapter) resourceAdapter;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return adapter;
    }

    private SftpResourceAdapter adapter() throws ResourceException {
        if (adapter == null) {
            throw new ResourceException("the connection factory is not associated with the SFTP resource adapter",
                    "UNAVAILABLE");
        }
        return adapter;
    }

    private static EndpointRequest request(ConnectionRequestInfo info) throws ResourceException {
        if (info == null || info instanceof EndpointRequest) {
            return (EndpointRequest) info;
        }
        throw new ResourceException("not an SFTP connection request: " + info.getClass().getName());
    }

    @Override
    public void setLogWriter(PrintWriter writer) {
        this.logWriter = writer;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SftpManagedConnectionFactory that && other.getClass() == getClass()
                && sameProperties(that);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), propertiesHash());
    }
}
