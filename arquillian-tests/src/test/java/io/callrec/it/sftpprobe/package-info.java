/**
 * A probe added to the real EAR by {@code SftpAdapterIT}: an EJB that injects the SFTP connection
 * factory exactly as the application's export will, and a servlet that lets the test drive it.
 */
package io.callrec.it.sftpprobe;
