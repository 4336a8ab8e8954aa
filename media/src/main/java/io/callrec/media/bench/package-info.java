/**
 * Synthetic capture generation (pcap writer, Ethernet/IPv4/UDP/RTP frame builder) and the
 * {@link io.callrec.media.bench.ConvertBench} entry point, and the
 * {@link io.callrec.media.bench.G729Bench} decoder benchmark. Tests reuse the generators for fixtures.
 */
package io.callrec.media.bench;
