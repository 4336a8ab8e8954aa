package io.callrec.domain.transfer;

/** How a stretch of a call came about, as the switch marks it. */
public enum LegKind {
    /** The call as set up: caller and callee. */
    DIRECT,
    /** A consultation call (the transferor and the transfer target); a call of its own with its own xDRs. */
    CONSULTATION,
    /** After a transfer: the remaining party and the target; {@code handedOverBy} is the transferor, who left. */
    TRANSFERRED,
    /** A party waits in a park slot; {@code handedOverBy} parked the call and left. */
    PARKED,
    /** A parked party picked up on another phone; {@code handedOverBy} is who parked it. */
    RETRIEVED
}
