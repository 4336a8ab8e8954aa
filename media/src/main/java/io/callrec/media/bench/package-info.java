/**
 * Synthetic capture generation (pcap writer, Ethernet/IPv4/UDP/RTP frame builder) and the
 * {@link io.callrec.media.bench.ConvertBench} entry point, and
 * {@link io.callrec.media.bench.G722OpusBench} (decoder speed against ffmpeg on looped corpus clips,
 * written as Ogg Opus by {@link io.callrec.media.bench.OggOpusWriter}). Tests reuse the generators
 * for fixtures.
 */
package io.callrec.media.bench;
