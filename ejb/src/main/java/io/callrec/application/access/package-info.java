/**
 * Who reads which recordings and xDRs: the recording catalog and the xDR panel, both filtered by the
 * one visibility rule ({@link io.callrec.application.access.VisibleRecordings}); and signed play links:
 * the server secret they are signed with, issuing a link to a caller and checking a presented one.
 * E-mail, web events and the console issue their links through
 * {@link io.callrec.application.access.PlayLinks}.
 */
package io.callrec.application.access;
