/**
 * Synthetic capture generation and the {@link io.callrec.media.bench.ConvertBench} entry point.
 * Writers: {@link io.callrec.media.bench.PcapWriter} (classic pcap) and
 * {@link io.callrec.media.bench.PcapngWriter} (sections, interfaces with options, EPB/SPB);
 * builders: {@link io.callrec.media.bench.FrameBuilder} (link layers),
 * {@link io.callrec.media.bench.IpPacketBuilder} (IPv4/IPv6, extension headers, fragments, UDP,
 * TCP) and {@link io.callrec.media.bench.RtpPacketBuilder}. Tests reuse them for fixtures; they are
 * written from the specifications, independently of the readers in {@code capture}.
 */
package io.callrec.media.bench;
