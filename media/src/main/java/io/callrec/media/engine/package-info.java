/**
 * The public facade: {@link io.callrec.media.engine.MediaEngine#convert} turns a capture file into
 * a WAV or MP3 file and statistics ({@link io.callrec.media.engine.MediaEngine#analyse} gives the
 * statistics alone). Everything else in the module is an implementation detail of it.
 * When the capture carries SIP (or a side file is given), {@code CallMatcher} ties each RTP stream
 * to a dialog side, which decides legs, their payload maps and the stereo placement.
 */
package io.callrec.media.engine;
