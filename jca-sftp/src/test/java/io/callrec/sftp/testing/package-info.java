/**
 * Test fixtures shared with the integration tests (this module's test-jar): a real OpenSSH sshd on a
 * loopback port with its own host key and test user, keys made by ssh-keygen, and a look at this
 * JVM's TCP sockets.
 */
package io.callrec.sftp.testing;
