/** Recordings and their life cycle: the heart of the domain. */
package io.callrec.domain.recording;
