/**
 * Audio decoders behind the small {@link io.callrec.media.codec.AudioDecoder} interface, and the
 * payload-type table (RFC 3551) that says which RTP payloads are audio, comfort noise, events
 * (RFC 4733) or unsupported, and each static type's RTP clock rate. G.711 decoding is a table
 * lookup with ITU-T G.711 Appendix I-style pitch-repetition concealment; {@code G711Encoder} is
 * the inverse, for G.711 WAV output. Codec implementations live in sub-packages ({@code g722},
 * {@code g7231}, {@code g729}, {@code opus}). Decoders whose payloads carry in-band FEC (Opus)
 * also implement {@link io.callrec.media.codec.FecDecoder}; G.723.1 and G.729 also implement
 * {@link io.callrec.media.codec.DiscontinuousTransmission}, which tells the timeline that the
 * last frame was a SID, so a following timestamp gap is filled with the decoder's comfort noise.
 */
package io.callrec.media.codec;
