/**
 * Jakarta Mail through the server's mail session {@code java:jboss/mail/callrec} (configure-mail.cli):
 * the MIME message of a recording, its sending, and what an SMTP failure means (retry or give up).
 */
package io.callrec.infrastructure.mail;
