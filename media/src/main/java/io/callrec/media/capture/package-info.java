/**
 * Reading capture files packet by packet, below RTP. Nothing here knows RTP or SIP.
 *
 * <p>Layers, each a small class: file formats ({@link io.callrec.media.capture.PcapReader},
 * {@link io.callrec.media.capture.PcapngReader}) yield {@link io.callrec.media.capture.Frame}s;
 * {@link io.callrec.media.capture.LinkLayer} finds the IP header (Ethernet with 802.1Q/802.1ad tags,
 * PPPoE sessions, Linux SLL/SLL2, raw IPv4/IPv6, BSD null/loop); {@code IpDecoder} checks IPv4/IPv6
 * headers, walks IPv6 extension headers and hands fragments to {@code FragmentReassembler}; UDP
 * becomes a {@link io.callrec.media.capture.UdpDatagram}, TCP goes to {@code TcpReassembler}.
 *
 * <p>Entry point: {@link io.callrec.media.capture.UdpPacketReader}.
 * <pre>{@code
 * try (UdpPacketReader r = UdpPacketReader.open(path)) {
 *     r.tcpListener(sipStreams);            // optional: in-order TCP payload per direction
 *     UdpDatagram d = new UdpDatagram();
 *     while (r.next(d)) { ... }             // UDP only; TCP chunks are delivered during next()
 *     r.counters();                         // what was skipped or dropped, for statistics
 * }
 * }</pre>
 *
 * <p><b>Addresses</b> are 128-bit values in two longs ({@code sourceAddressHigh/Low} ...), IPv4 in
 * its IPv4-mapped form, so keys never allocate; {@link io.callrec.media.capture.IpAddress} prints
 * them ({@code 10.0.0.1:5060}, {@code [2001:db8::1]:5060}).
 *
 * <p><b>TCP</b> (for SIP over TCP): a {@link io.callrec.media.capture.TcpStreamListener} receives
 * {@link io.callrec.media.capture.TcpChunk}s: contiguous, in-order payload of one direction
 * (4-tuple), with the capture time of the segment that carried it and its offset in the direction's
 * byte stream. Retransmitted bytes are delivered once; out-of-order segments wait in a bounded
 * window; on a hole that does not fill (window full, 3 s of capture time, end of file) the chunk
 * after it has {@code afterGap()} set, as does the first chunk of a direction captured without its
 * SYN, and a stream parser must resynchronise there. {@code closed()} follows FIN/RST, eviction or
 * the end of the capture. Callbacks run synchronously inside {@code next()}; chunks are reused.
 *
 * <p><b>Bounds</b>: frames up to 256 KiB, 64 fragment reassemblies of at most 64 KiB each,
 * 256 TCP directions with a 32 KiB reorder window each, 4096 pcapng interfaces. Bad input never
 * throws unchecked exceptions: the file header yields a {@link io.callrec.media.capture.CaptureFormatException},
 * a broken record ends reading with {@code truncated()}, a broken packet is counted and skipped.
 */
package io.callrec.media.capture;
