/**
 * RIFF/WAVE output written as a stream, sizes patched in the header when closed: 16-bit PCM, or
 * 8-bit G.711 A-law / µ-law (format tags 6 / 7 with a "fact" chunk).
 */
package io.callrec.media.wav;
