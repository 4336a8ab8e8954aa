/** Command-line front end: {@code callrec-convert [--format wav|wav-alaw|wav-ulaw] [--channels mono|stereo] [--json] INPUT OUTPUT}. */
package io.callrec.media.cli;
