package io.callrec.media.engine;

/** MONO mixes all legs; STEREO puts the caller (earliest leg) left and the callee right. */
public enum Channels { MONO, STEREO }
