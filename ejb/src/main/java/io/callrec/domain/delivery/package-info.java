/**
 * Delivering recordings to their owners by e-mail: the global "RecordsDelivery.Enabled" option, who may
 * switch "send the call recording via email", the decision whether a finished recording is mailed, the
 * message's content and the per-recording mail state.
 */
package io.callrec.domain.delivery;
