/**
 * Transfers and parking: a small value model of what the switch reports (legs with transfer / park
 * markers, who has an xDR) and the pure policy deciding who owns a recording and which spans it holds.
 */
package io.callrec.domain.transfer;
