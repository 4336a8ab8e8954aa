/** EJB timers that start the periodic life-cycle jobs (retention, reconciliation, orphan sweep). */
package io.callrec.infrastructure.scheduling;
