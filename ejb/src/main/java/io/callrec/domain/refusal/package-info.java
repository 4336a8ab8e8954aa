/**
 * Refusals of a client's request: {@link io.callrec.domain.refusal.RequestRefusedException} and the
 * kinds of it that carry their HTTP status, so the web layer maps every one with a single mapper.
 * They are EJB application exceptions (rolled back, never wrapped), so they reach the client as thrown.
 */
package io.callrec.domain.refusal;
