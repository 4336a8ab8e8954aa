package io.callrec.application.export;

import io.callrec.domain.export.SftpStorageValues;
import io.callrec.sftp.SftpEndpoint;

/** Turns the stored settings into the adapter's endpoint (which checks the host key entries' syntax). */
final class StorageEndpoints {

    private StorageEndpoints() {
    }

    /** The endpoint of complete settings; an {@link IllegalArgumentException} names what is wrong. */
    static SftpEndpoint of(SftpStorageValues values) {
        return new SftpEndpoint(values.host(), values.port(), values.user(), values.password(), values.privateKey(),
                values.passphrase(), values.hostKey(), SftpEndpoint.DEFAULT_CONNECT_TIMEOUT,
                SftpEndpoint.DEFAULT_OPERATION_TIMEOUT);
    }
}
