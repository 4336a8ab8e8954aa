/**
 * A recording's life after its conversion: files released after the commit, the periodic jobs
 * (retention purge, reconciliation of stuck recordings, orphan sweep; run by the timers or by an admin
 * through {@link io.callrec.application.lifecycle.MaintenanceJobs}), the list of recordings needing
 * attention (FAILED, PARTIAL) and requeueing a FAILED recording, a
 * customer's retention setting and the storage report.
 */
package io.callrec.application.lifecycle;
