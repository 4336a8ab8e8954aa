/**
 * The public facade: {@link io.callrec.media.engine.MediaEngine#convert} turns a capture file into
 * a WAV file and statistics ({@link io.callrec.media.engine.MediaEngine#analyse} gives the
 * statistics alone). Everything else in the module is an implementation detail of it.
 */
package io.callrec.media.engine;
