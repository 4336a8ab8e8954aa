package io.callrec.sftp.ra;

import jakarta.resource.spi.ManagedConnectionMetaData;

/** What the pool can tell about a connection's server and user. */
record SftpMetaData(String serverVersion, String user) implements ManagedConnectionMetaData {

    @Override
    public String getEISProductName() {
        return "SFTP";
    }

    @Override
    public String getEISProductVersion() {
        return serverVersion;
    }

    /** No limit of the adapter's own; the pool's max-pool-size applies. */
    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public String getUserName() {
        return user;
    }
}
