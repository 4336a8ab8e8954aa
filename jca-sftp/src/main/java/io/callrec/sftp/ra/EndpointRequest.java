package io.callrec.sftp.ra;

import io.callrec.sftp.SftpEndpoint;
import jakarta.resource.spi.ConnectionRequestInfo;
import java.util.Objects;

/**
 * The connection request info of {@code getConnection(endpoint)}: the pool matches a connection to a
 * request only when the endpoints are equal. A request without one (null) means the adapter's
 * configured endpoint.
 */
record EndpointRequest(SftpEndpoint endpoint) implements ConnectionRequestInfo {

    EndpointRequest {
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
