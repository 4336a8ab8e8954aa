/**
 * Use cases of recording delivery by e-mail: the operator's global settings, queueing a finished
 * recording's mail after its outcome commits, and composing and sending it from the mail queue.
 */
package io.callrec.application.delivery;
