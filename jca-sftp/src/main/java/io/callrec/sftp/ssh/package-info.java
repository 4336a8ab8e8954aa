/**
 * The SSH side over JSch: one {@link io.callrec.sftp.ssh.SshLink} is one logged-in session with its
 * SFTP channel. Host keys are checked against the endpoint's expected entries only (no known_hosts
 * file, nothing learnt), every operation runs under a stall watch, and JSch's failures become
 * {@link io.callrec.sftp.SftpException} kinds. Nothing here knows about connection pools.
 */
package io.callrec.sftp.ssh;
