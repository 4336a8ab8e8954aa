/**
 * Command-line front end: {@code callrec-convert [--format wav|mp3|wav-alaw|wav-ulaw]
 * [--channels mono|stereo] [--meta SIDEFILE] [--call-id ID] [--json] INPUT OUTPUT}.
 */
package io.callrec.media.cli;
