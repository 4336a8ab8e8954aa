/**
 * RTP (RFC 3550) header parsing, sequence/timestamp extension, and heuristic detection of RTP
 * streams in captures that carry no signalling.
 */
package io.callrec.media.rtp;
