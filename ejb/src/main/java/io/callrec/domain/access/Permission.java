package io.callrec.domain.access;

/** What a role may do with an attribute; MODIFY implies VIEW. */
public enum Permission {
    VIEW, MODIFY
}
