/**
 * Synthetic capture generation (pcap writer, Ethernet/IPv4/UDP/RTP frame builder) and the benchmark
 * entry points: {@link io.callrec.media.bench.ConvertBench} (capture to WAV),
 * {@link io.callrec.media.bench.Mp3Bench} (MP3 encoders vs ffmpeg on
 * {@link io.callrec.media.bench.SpeechLikeSignal}), {@link io.callrec.media.bench.G729Bench} and
 * {@link io.callrec.media.bench.G7231Bench} (decoders vs ffmpeg). Tests reuse the generators for fixtures.
 */
package io.callrec.media.bench;
