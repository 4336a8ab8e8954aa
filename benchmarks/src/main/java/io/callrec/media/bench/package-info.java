/**
 * The benchmark entry points (*Bench: conversion, MP3 encoding, decoders), each of which prints × real
 * time and, where a reference exists, ffmpeg's figure from the same run, and the fidelity reports
 * ({@code FidelityBench} per seeded impaired-network case and, for a real proxy's capture,
 * {@code RecordedCallFidelity}). {@code Benchmarks} is the jar's main and picks one by name. They
 * generate their input with media's test kit ({@code io.callrec.media.testkit}). Not shipped: this
 * module is in neither the EAR nor the CLI.
 */
package io.callrec.media.bench;
