package io.callrec.sftp.ssh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpProgressMonitor;
import com.jcraft.jsch.SftpStatVFS;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The content of one put as JSch reads it: counts the bytes, tells the stall watch about every chunk
 * the server takes, remembers a failure of the local stream, and afterwards explains a failed upload.
 */
final class Upload extends FilterInputStream implements SftpProgressMonitor {

    /** Less free space than this after a write failure means the file system is full. */
    static final long FULL_BELOW_BYTES = 1 << 20;

    private long bytes;
    private boolean sent;
    private IOException readFailure;
    private StallWatch watch;

    Upload(InputStream content) {
        super(content);
    }

    void watch(StallWatch stallWatch) {
        this.watch = stallWatch;
    }

    long bytes() {
        return bytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = in.read(buffer, offset, length);
            bytes += Math.max(n, 0);
            return n;
        } catch (IOException e) {
            readFailure = e;
            throw e;
        }
    }

    @Override
    public void close() {
        // the caller's stream: the caller closes it
    }

    @Override
    public void init(int op, String src, String dest, long max) {
        // nothing to prepare
    }

    @Override
    public boolean count(long count) {
        sent = true;
        watch.progress();
        return true;
    }

    @Override
    public void end() {
        // the result is read from bytes()
    }

    /**
     * The failure of this upload as the caller should see it. Once data was sent, the channel still
     * has write requests in flight it will never read back, so the link is marked broken; a generic
     * server failure then is checked against the free space of the target's file system (OpenSSH
     * reports a full disk only as "Failure").
     */
    SftpException explain(SftpException failure, SshLink link, String path) {
        if (readFailure != null) {
            link.markBroken();
            return new SftpException(Kind.IO, "put " + path + ": reading the content to upload failed after " + bytes
                    + " bytes: " + readFailure, readFailure);
        }
        if (!sent) {
            return failure;
        }
        link.markBroken();
        if (failure.kind() == Kind.IO && link.session().isConnected()) {
            long free = freeBytes(link, RemotePath.parent(path));
            if (free >= 0 && free < FULL_BELOW_BYTES) {
                return new SftpException(Kind.NO_SPACE, "put " + path + ": the file system on " + link.where()
                        + " is full (" + free + " bytes free)", failure);
            }
        }
        return failure;
    }

    /** Free bytes for the user at the directory (statvfs@openssh.com on a second channel), or -1 when unknown. */
    private static long freeBytes(SshLink link, String directory) {
        long limit = link.endpoint().operationTimeout().toMillis();
        ChannelSftp side = null;
        try (StallWatch watch = StallWatch.start(link.scheduler(), limit, link.session()::disconnect)) {
            side = (ChannelSftp) link.session().openChannel("sftp");
            side.connect((int) limit);
            if (side.getExtension("statvfs@openssh.com") == null) {
                return -1;
            }
            SftpStatVFS vfs = side.statVFS(RemotePath.quoted(directory));
            return vfs.getAvailBlocks() * vfs.getFragmentSize();
        } catch (JSchException | com.jcraft.jsch.SftpException e) {
            return -1;
        } finally {
            if (side != null) {
                side.disconnect();
            }
        }
    }
}
