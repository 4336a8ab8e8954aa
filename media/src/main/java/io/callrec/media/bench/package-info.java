/**
 * Synthetic capture generation (pcap writer, Ethernet/IPv4/UDP/RTP frame builder) and the
 * {@link io.callrec.media.bench.ConvertBench} entry point. Tests reuse the generators for fixtures.
 * {@link io.callrec.media.bench.Mp3Bench} compares the MP3 encoders with ffmpeg on
 * {@link io.callrec.media.bench.SpeechLikeSignal}.
 */
package io.callrec.media.bench;
