/** Test fixtures: G.711 encoder, pcap fixture writer, predictable signals and a WAV parser. */
package io.callrec.media.testing;
