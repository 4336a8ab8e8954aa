package io.callrec.domain.identity;

/**
 * A bcrypt password as the security realm reads it: hash and salt hex-encoded, and the cost (log2 of
 * the rounds). Made and checked only by Elytron's password API, never by our own code.
 */
public record PasswordHash(String hashHex, String saltHex, int cost) {
}
