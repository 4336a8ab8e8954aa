/** Shared test helpers for codec tests: RTP payload extraction, optional ffmpeg and corpus access, SNR. */
package io.callrec.media.codec.testing;
