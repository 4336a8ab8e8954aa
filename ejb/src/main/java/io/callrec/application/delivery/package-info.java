/**
 * Use cases of recording delivery by e-mail: the operator's global settings, queueing a finished
 * recording's mail to each of its entitled accounts after its outcome commits, and composing and sending
 * each account's own message from the mail queue.
 */
package io.callrec.application.delivery;
