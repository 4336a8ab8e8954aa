/**
 * Opus decoding (RFC 6716; RTP payload format RFC 7587): {@link io.callrec.media.codec.opus.OpusDecoder}
 * behind {@link io.callrec.media.codec.AudioDecoder}, created by
 * {@link io.callrec.media.codec.opus.OpusDecoders}.
 *
 * <p><b>Implementations.</b> libopus through JNA (Debian package {@code libopus0}; the -dev
 * package is not needed) when it loads, otherwise pure-Java Concentus (logged once). A stream is
 * decoded at the rate its coded bandwidth needs (RFC 6716 §2): narrowband, medium-band and
 * wideband natively at 8, 12 and 16 kHz, where the SILK layer works, super-wideband and fullband
 * at 48 kHz (Concentus returns silence for hybrid packets at lower rates); then
 * {@link io.callrec.media.dsp.PolyphaseResampler} brings that rate to the output rate when they
 * differ, so both implementations give the same audio. The resampler delays the output by a
 * constant {@code OpusDecoder.delaySamples()} (17 samples from 48 to 16 kHz, about 1 ms), which the
 * timeline takes off the leg's place.
 *
 * <p><b>Output.</b> Mono at 8, 12, 16, 24 or 48 kHz; stereo packets are mixed down by the decoder.
 * {@code OpusPacket.codedRate} reads the bandwidth from the TOC byte; the engine takes the widest
 * of a leg's packets.
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
