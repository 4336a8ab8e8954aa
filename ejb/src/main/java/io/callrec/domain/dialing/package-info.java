/** Dialing rules of PBX type and the DTMF codes of on-demand recording (defaults *44 / *45). */
package io.callrec.domain.dialing;
