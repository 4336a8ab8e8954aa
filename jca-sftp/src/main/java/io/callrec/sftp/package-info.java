/**
 * The client view of the SFTP resource adapter: what the application injects and calls. No JSch and
 * no connector SPI type appears here, so the application depends only on these few types.
 *
 * <pre>
 * &#64;Resource(lookup = "java:/eis/callrec/Sftp")
 * SftpConnectionFactory sftp;
 *
 * try (SftpConnection c = sftp.getConnection(endpoint)) {   // pooled; close() returns it
 *     c.mkdirs(dir);
 *     c.put(in, dir + "/1234.wav.part");
 *     c.rename(dir + "/1234.wav.part", dir + "/1234.wav");
 * }
 * </pre>
 */
package io.callrec.sftp;
