package io.callrec.domain.dialing;

/** Kinds of dialing rule; only PBX rules carry the on-demand recording codes today. */
public enum DialingRuleType {
    PBX
}
