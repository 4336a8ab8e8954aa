package io.callrec.media.engine;

/** Output container. */
public enum OutputFormat { WAV }
