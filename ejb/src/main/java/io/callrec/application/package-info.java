/**
 * The use cases, one package each, over the domain and through the infrastructure:
 * {@code intake} (what the switch asks and hands over), {@code conversion} (a capture becomes a
 * recording's audio), {@code lifecycle} (retention, reconciliation, orphan sweep, requeue, storage),
 * {@code administration} (customers, the offer, accounts), {@code access} (who reads which recordings,
 * signed play links), {@code identity} (users, tokens, logins) and {@code audit}. This package holds
 * only what they share with the web layer: the security domain and the errors the API maps to statuses.
 */
package io.callrec.application;
