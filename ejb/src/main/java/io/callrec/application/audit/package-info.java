/**
 * Writing the audit log (in the transaction of the change it records) and reading it for admins.
 * Later features that serve or change anything write through {@link io.callrec.application.audit.AuditTrail}.
 */
package io.callrec.application.audit;
