/**
 * Who calls the server: user accounts with their role and what they belong to (a customer, an account),
 * the API tokens of switch users, the {@link io.callrec.domain.identity.Caller} every use case decides
 * access by, and the pure policies around logging in (password rules, the failed-login lock).
 */
package io.callrec.domain.identity;
