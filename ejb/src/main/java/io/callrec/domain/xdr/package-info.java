/** Billing records (xDRs) of recorded calls and the call data the switch posts. */
package io.callrec.domain.xdr;
