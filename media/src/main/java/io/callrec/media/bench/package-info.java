/**
 * Capture generation for fixtures and benchmarks (pcap and pcapng writers, frame builders for every
 * link type we read, IPv4/IPv6/UDP/TCP packet and fragment builders, RTP packets, synthetic calls and
 * speech-like signals), and the benchmark entry points (*Bench: conversion, MP3 encoding, decoders),
 * each of which prints × real time and, where a reference exists, ffmpeg's figure from the same run.
 * For fidelity: calls over a seeded impaired network ({@code ImpairedCall}, {@code NetworkImpairment})
 * keeping what was sent, and its measures ({@code LegAlignment}, {@code SiSnr}), printed per case by
 * {@code FidelityBench} and, for a real proxy's capture, {@code RecordedCallFidelity}.
 * Tests reuse the generators.
 */
package io.callrec.media.bench;
