/**
 * The append-only audit log: who played or downloaded which recording, from where and how, and who
 * changed what in the configuration, users, tokens, roles and retention (before and after).
 */
package io.callrec.domain.audit;
