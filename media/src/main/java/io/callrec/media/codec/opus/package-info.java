/**
 * Opus decoding (RFC 6716; RTP payload format RFC 7587): {@link io.callrec.media.codec.opus.OpusDecoder}
 * behind {@link io.callrec.media.codec.AudioDecoder}, created by
 * {@link io.callrec.media.codec.opus.OpusDecoders}.
 *
 * <p><b>Implementations.</b> libopus through JNA (Debian package {@code libopus0}; the -dev
 * package is not needed) when it loads, otherwise pure-Java Concentus (logged once). Both decode
 * at 48 kHz (Concentus returns silence for hybrid packets at lower rates) followed by
 * {@link io.callrec.media.dsp.PolyphaseResampler}, so both give the same audio; below 48 kHz the
 * resampler delays the output by a constant {@code OpusDecoder.delaySamples()} (17 samples at
 * 8 and 16 kHz, about 2 and 1 ms).
 *
 * <p><b>Output.</b> Mono at 8, 12, 16, 24 or 48 kHz; stereo packets are mixed down by the decoder.
 * The RTP clock of Opus is always 48 kHz (RFC 7587), whatever the output rate.
 *
 * <p><b>Loss.</b> {@code conceal} runs the codec's own PLC. The decoder also implements
 * {@link io.callrec.media.codec.FecDecoder}: given the packet after a single lost one,
 * {@code decodeFec} rebuilds the lost audio from its LBRR data (RFC 6716 §2.1.7) when the packet
 * carries any (checked by decoding the SILK header flags), else conceals.
 *
 * <p><b>Safety.</b> Packet framing is validated in Java ({@code OpusPacket}, RFC 6716 §3.4) and
 * payloads are copied into buffers sized for the longest packet before the native call; a
 * malformed packet or decoder error is concealed and counted ({@code errors()}), never thrown.
 * {@code close()} frees the native state.
 */
package io.callrec.media.codec.opus;
