/**
 * The public facade: {@link io.callrec.media.engine.MediaEngine#convert} turns a capture file into
 * a WAV or MP3 file and statistics. Everything else in the module is an implementation detail of it.
 */
package io.callrec.media.engine;
