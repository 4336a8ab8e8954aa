/**
 * Export of recordings to external SFTP storage through the {@code jca-sftp} resource adapter: the
 * storage settings (read, change, verify against the server), queueing a recording once it has audio,
 * the export itself (audio, then its JSON metadata file, each uploaded under a temporary name and renamed)
 * with its per-recording state, and the backfill of existing recordings.
 */
package io.callrec.application.export;
