/** Command-line front end: {@code callrec-convert [--format wav] [--channels mono|stereo] [--json] INPUT OUTPUT}. */
package io.callrec.media.cli;
