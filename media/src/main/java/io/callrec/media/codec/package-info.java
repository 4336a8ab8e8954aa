/**
 * Audio decoders behind the small {@link io.callrec.media.codec.AudioDecoder} interface, and the
 * payload-type table (RFC 3551) that says which RTP payloads are audio, comfort noise, events
 * (RFC 4733) or unsupported. Decoders whose payloads carry in-band FEC (Opus) also implement
 * {@link io.callrec.media.codec.FecDecoder}; codec implementations live in sub-packages
 * ({@code g722}, {@code opus}).
 */
package io.callrec.media.codec;
