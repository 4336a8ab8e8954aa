/**
 * Audio decoders behind the small {@link io.callrec.media.codec.AudioDecoder} interface, and the
 * payload-type table (RFC 3551) that says which RTP payloads are audio, comfort noise, events
 * (RFC 4733) or unsupported, and each static type's RTP clock rate. G.711 decoding is a table
 * lookup with ITU-T G.711 Appendix I-style pitch-repetition concealment; {@code G711Encoder} is
 * the inverse, for G.711 WAV output.
 */
package io.callrec.media.codec;
