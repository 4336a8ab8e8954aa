package io.callrec.it.sftpprobe;

import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpConnectionFactory;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.io.ByteArrayInputStream;

/** Uploads a file the way the export will: mkdirs, put to a temporary name, rename, check the size. */
@Stateless
public class SftpProbe {

    @Resource(lookup = "java:/eis/callrec/Sftp")
    private SftpConnectionFactory sftp;

    /** "OK size" or "FAILED KIND message"; a null endpoint means the adapter's configured one. */
    public String export(SftpEndpoint endpoint, String dir, String name, byte[] content) {
        try (SftpConnection connection = endpoint == null ? sftp.getConnection() : sftp.getConnection(endpoint)) {
            connection.mkdirs(dir);
            String temporary = dir + "/" + name + ".part";
            connection.put(new ByteArrayInputStream(content), temporary);
            connection.rename(temporary, dir + "/" + name);
            return "OK " + connection.size(dir + "/" + name);
        } catch (SftpException e) {
            return "FAILED " + e.kind() + " " + e.getMessage();
        }
    }
}
