package io.callrec.domain.export;

/** Where a recording's export to the SFTP storage stands. */
public enum ExportState {
    /** Not queued: export was off when the recording completed (or for its state). */
    NONE,
    /** Queued; retried with a growing delay while the storage is unreachable. */
    PENDING,
    /** Audio and metadata file are on the storage under their final names. */
    EXPORTED,
    /** Failed for good (refused login, wrong host key, retries exhausted): {@code lastError} says why. */
    FAILED
}
