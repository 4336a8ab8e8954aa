/**
 * The test kit: capture generation for fixtures and benchmarks (pcap and pcapng writers, frame builders
 * for every link type we read, IPv4/IPv6/UDP/TCP packet and fragment builders, RTP packets, SIP
 * messages, synthetic, on-demand and transfer calls, speech-like signals, Ogg Opus files), calls over a
 * seeded impaired network ({@code ImpairedCall}, {@code NetworkImpairment}) keeping what was sent, the
 * fidelity measures ({@code LegAlignment}, {@code SiSnr}) and {@code BrowserPlayback} (Chromium plays a
 * file). Test code only: published as media's test-jar (this package alone) for the tests of
 * {@code ejb} and {@code arquillian-tests} and for the {@code benchmarks} module; never shipped.
 */
package io.callrec.media.testkit;
