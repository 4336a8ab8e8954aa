/**
 * The benchmark entry points (*Bench: conversion, MP3 encoding, decoders), each of which prints × real
 * time and, where a reference exists, ffmpeg's figure from the same run, and the fidelity reports
 * ({@code FidelityBench} per seeded impaired-network case and, for a real proxy's capture,
 * {@code RecordedCallFidelity}). They generate their input with the test kit
 * ({@code io.callrec.media.testkit}).
 */
package io.callrec.media.bench;
