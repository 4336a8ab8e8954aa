/**
 * Delivering recordings to their accounts by e-mail: the global "RecordsDelivery.Enabled" option, who may
 * switch "send the call recording via email", the decision whether a finished recording is mailed, the
 * message's content and each entitled account's own mail of a recording (state, attempts, last error).
 */
package io.callrec.domain.delivery;
