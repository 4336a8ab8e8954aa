/**
 * Audio decoders behind the small {@link io.callrec.media.codec.AudioDecoder} interface, and the
 * payload-type table (RFC 3551) that says which RTP payloads are audio, comfort noise, events
 * (RFC 4733) or unsupported.
 */
package io.callrec.media.codec;
