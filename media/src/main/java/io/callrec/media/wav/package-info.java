/** RIFF/WAVE output: 16-bit PCM written as a stream, sizes patched in the header when closed. */
package io.callrec.media.wav;
