/**
 * Secrets and their one-way forms, through WildFly Elytron's password API so that what is stored is
 * exactly what the security realms verify: bcrypt password hashes, SHA-256 digests of API tokens;
 * random token ids and secrets; and the security settings read from system properties.
 */
package io.callrec.infrastructure.security;
