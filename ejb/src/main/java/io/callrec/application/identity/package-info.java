/**
 * Use cases of identity: admitting a login past the failed-login lock, resolving the caller of a
 * request, creating the first admin at start-up, administering users and switch API tokens, and a
 * user changing its own password.
 */
package io.callrec.application.identity;
