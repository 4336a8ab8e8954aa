/**
 * The "Call recording started / stopped" announcements: the packaged 16-bit PCM prompts, their G.711
 * µ-law / A-law encoding for the switch, and the PCM for the media engine to mix into recordings.
 */
package io.callrec.infrastructure.announcement;
