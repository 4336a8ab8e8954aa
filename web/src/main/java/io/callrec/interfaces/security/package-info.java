/**
 * Who is calling the API: the filter that authenticates every request on {@code /api/*} through the
 * Elytron security domain (HTTP Basic for users, Bearer API tokens for switch users), applies the
 * failed-login lock and refuses anonymous requests except on the open paths; the parsing of the
 * Authorization header; and {@link io.callrec.interfaces.security.CurrentCaller}, where resources get
 * the request's {@link io.callrec.domain.identity.Caller}.
 */
package io.callrec.interfaces.security;
