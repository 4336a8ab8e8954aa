package io.callrec.sftp.ra;

import io.callrec.sftp.SftpConnectionFactory;
import jakarta.resource.spi.ConnectionManager;

/** A started resource adapter with one managed connection factory, as the container would set them up. */
final class RunningAdapter implements AutoCloseable {

    final SftpResourceAdapter adapter = new SftpResourceAdapter();
    final SftpManagedConnectionFactory managedFactory = new SftpManagedConnectionFactory();

    RunningAdapter() {
        adapter.start(null);
        managedFactory.setResourceAdapter(adapter);
    }

    /** Outside a container: a connection per handle. */
    SftpConnectionFactory unpooled() {
        return (SftpConnectionFactory) managedFactory.createConnectionFactory();
    }

    SftpConnectionFactory through(ConnectionManager manager) {
        return (SftpConnectionFactory) managedFactory.createConnectionFactory(manager);
    }

    @Override
    public void close() {
        adapter.stop();
    }
}
