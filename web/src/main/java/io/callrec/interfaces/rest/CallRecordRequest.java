package io.callrec.interfaces.rest;

import static io.callrec.interfaces.rest.binding.Constraints.MISSING;

import io.callrec.application.intake.CallIntake.AccountCall;
import io.callrec.application.intake.CallIntake.PostedCall;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.ondemand.CallControl;
import io.callrec.domain.ondemand.ControlEvent;
import io.callrec.domain.ondemand.Trigger;
import io.callrec.domain.transfer.CallLeg;
import io.callrec.domain.transfer.LegKind;
import io.callrec.domain.xdr.CallDirection;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.InvalidCallRecordException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code call} part of {@code POST /api/v1/calls}, bound once: the posting account's xDR, its control
 * events, and optionally the other accounts' xDRs ({@code xdrs}) and the legs of a call with transfers or
 * parking ({@code legs}). The constraints check presence and the column sizes (call identifiers 128
 * characters, a source note 300, the rest 64); {@link #toPostedCall()} checks the values (times,
 * enumerations, the rules between fields) and builds the domain's call. Every error names its field, so
 * the switch's operator knows what to fix.
 */
public record CallRecordRequest(
        @NotNull(message = MISSING) @Size(max = 128, message = TOO_LONG) String callId,
        @NotNull(message = MISSING) @Size(max = 128, message = TOO_LONG) String h323ConfId,
        @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String accountId,
        @Size(max = 64, message = TOO_LONG) String accountNumber,
        @Size(max = 64, message = TOO_LONG) String customerId,
        @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String callingNumber,
        @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String calledNumber,
        @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String direction,
        @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String connectTime,
        @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String disconnectTime,
        Boolean announcementPlayedInBand,
        @Size(max = MAX_CONTROL_EVENTS, message = TOO_MANY) List<@NotNull(message = NOT_AN_OBJECT) @Valid Event> controlEvents,
        @Size(max = MAX_XDRS, message = TOO_MANY) List<@NotNull(message = NOT_AN_OBJECT) @Valid OtherXdr> xdrs,
        @Size(max = MAX_LEGS, message = TOO_MANY) List<@NotNull(message = NOT_AN_OBJECT) @Valid Leg> legs) {

    /** Upper bound of control events in one call record: a generous human limit, not a real call's need. */
    static final int MAX_CONTROL_EVENTS = 1000;
    /** Upper bound of further xDRs in one call record: every account on a conference-sized call. */
    static final int MAX_XDRS = 20;
    static final int MAX_LEGS = 100;

    static final String TOO_LONG = "is longer than {max} characters";
    static final String TOO_MANY = "holds more than {max} items";
    static final String NOT_AN_OBJECT = "must be an object";

    /** A start/stop request the switch saw during the call: {@code {"at", "action": "start|stop", "source"}}. */
    public record Event(@NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String at,
                        @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String action,
                        @Size(max = 300, message = TOO_LONG) String source) {
    }

    /**
     * Another account's xDR of the same call: {@code accountId} and {@code direction} required; numbers
     * and times default to the posting account's; {@code callId}/{@code h323ConfId}, when given, must be
     * the call's.
     */
    public record OtherXdr(@NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String accountId,
                           @Size(max = 128, message = TOO_LONG) String callId,
                           @Size(max = 128, message = TOO_LONG) String h323ConfId,
                           @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String direction,
                           @Size(max = 64, message = TOO_LONG) String accountNumber,
                           @Size(max = 64, message = TOO_LONG) String customerId,
                           @Size(max = 64, message = TOO_LONG) String callingNumber,
                           @Size(max = 64, message = TOO_LONG) String calledNumber,
                           @Size(max = 64, message = TOO_LONG) String connectTime,
                           @Size(max = 64, message = TOO_LONG) String disconnectTime,
                           @Size(max = MAX_CONTROL_EVENTS, message = TOO_MANY)
                           List<@NotNull(message = NOT_AN_OBJECT) @Valid Event> controlEvents) {
    }

    /**
     * A leg of a call with transfers or parking: kind one of direct, consultation, transferred, parked,
     * retrieved; {@code partyB} may be absent only when parked, {@code handedOverBy} only for direct and
     * consultation legs.
     */
    public record Leg(@NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String id,
                      @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String kind,
                      @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String partyA,
                      @Size(max = 64, message = TOO_LONG) String partyB,
                      @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String start,
                      @NotNull(message = MISSING) @Size(max = 64, message = TOO_LONG) String end,
                      @Size(max = 64, message = TOO_LONG) String handedOverBy) {
    }

    /** The call as the intake takes it: the posting account's xDR first, then the others', and the legs. */
    PostedCall toPostedCall() {
        CallRecord primary = new CallRecord(callId, h323ConfId, accountId, accountNumber, customerId, callingNumber,
                calledNumber, direction(direction, ""), time(connectTime, "connectTime"), time(disconnectTime, "disconnectTime"));
        boolean playedInBand = Boolean.TRUE.equals(announcementPlayedInBand);
        List<AccountCall> accounts = new ArrayList<>();
        accounts.add(new AccountCall(primary, new CallControl(events(controlEvents, ""), playedInBand)));
        accounts.addAll(otherAccounts(primary, playedInBand));
        return new PostedCall(accounts, callLegs());
    }

    private List<AccountCall> otherAccounts(CallRecord primary, boolean playedInBand) {
        List<AccountCall> accounts = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(primary.accountId()));
        List<OtherXdr> items = xdrs == null ? List.of() : xdrs;
        for (int i = 0; i < items.size(); i++) {
            OtherXdr x = items.get(i);
            String name = "xdrs[" + i + "]";
            if (!seen.add(x.accountId())) {
                throw new InvalidCallRecordException("field '" + name + ".accountId': account '" + x.accountId()
                        + "' has more than one xDR in this call record");
            }
            sameAsTheCall(x.callId(), primary.callId(), name + ".callId");
            sameAsTheCall(x.h323ConfId(), primary.h323ConfId(), name + ".h323ConfId");
            CallDirection direction = direction(x.direction(), name + ".");
            Instant connect = x.connectTime() == null ? primary.connectTime() : time(x.connectTime(), name + ".connectTime");
            Instant disconnect = x.disconnectTime() == null ? primary.disconnectTime()
                    : time(x.disconnectTime(), name + ".disconnectTime");
            CallRecord call;
            try {
                call = new CallRecord(primary.callId(), primary.h323ConfId(), x.accountId(), x.accountNumber(), x.customerId(),
                        x.callingNumber() == null ? primary.callingNumber() : x.callingNumber(),
                        x.calledNumber() == null ? primary.calledNumber() : x.calledNumber(), direction, connect, disconnect);
            } catch (InvalidCallRecordException e) {
                throw new InvalidCallRecordException(name + ": " + e.getMessage());
            }
            accounts.add(new AccountCall(call, new CallControl(events(x.controlEvents(), name + "."), playedInBand)));
        }
        return accounts;
    }

    private static void sameAsTheCall(String given, String expected, String field) {
        if (given != null && !given.equals(expected)) {
            String which = field.substring(field.lastIndexOf('.') + 1);
            throw new InvalidCallRecordException("field '" + field + "' must be the call's " + which + " '" + expected
                    + "', not '" + given + "'");
        }
    }

    private List<CallLeg> callLegs() {
        List<CallLeg> parsed = new ArrayList<>();
        List<Leg> items = legs == null ? List.of() : legs;
        for (int i = 0; i < items.size(); i++) {
            Leg leg = items.get(i);
            String name = "legs[" + i + "]";
            LegKind kind = Arrays.stream(LegKind.values()).filter(k -> k.name().equalsIgnoreCase(leg.kind())).findFirst()
                    .orElseThrow(() -> new InvalidCallRecordException("field '" + name + ".kind' must be one of "
                            + Arrays.toString(LegKind.values()).toLowerCase(Locale.ROOT) + ", not '" + leg.kind() + "'"));
            if (kind != LegKind.PARKED && leg.partyB() == null) {
                throw new InvalidCallRecordException("missing required field '" + name + ".partyB'");
            }
            if (kind != LegKind.DIRECT && kind != LegKind.CONSULTATION && leg.handedOverBy() == null) {
                throw new InvalidCallRecordException("missing required field '" + name + ".handedOverBy'");
            }
            Instant start = time(leg.start(), name + ".start");
            Instant end = time(leg.end(), name + ".end");
            if (end.isBefore(start)) {
                throw new InvalidCallRecordException("field '" + name + ".end' is before its start");
            }
            parsed.add(new CallLeg(leg.id(), kind, leg.partyA(), leg.partyB(), start, end, leg.handedOverBy()));
        }
        return parsed;
    }

    /** The control events under {@code prefix}: switch-triggered, "switch" as their source unless one is given. */
    private static List<ControlEvent> events(List<Event> items, String prefix) {
        List<ControlEvent> events = new ArrayList<>();
        List<Event> given = items == null ? List.of() : items;
        for (int i = 0; i < given.size(); i++) {
            Event event = given.get(i);
            String name = prefix + "controlEvents[" + i + "]";
            Instant at = time(event.at(), name + ".at");
            Action action = switch (event.action().toLowerCase(Locale.ROOT)) {
                case "start" -> Action.START;
                case "stop" -> Action.STOP;
                default -> throw new InvalidCallRecordException("field '" + name + ".action' must be 'start' or 'stop', not '"
                        + event.action() + "'");
            };
            events.add(new ControlEvent(at, action, Trigger.SWITCH, event.source() == null ? "switch" : event.source()));
        }
        return events;
    }

    /** A direction, named {@code prefix + "direction"} in errors. */
    private static CallDirection direction(String text, String prefix) {
        return CallDirection.parse(text).orElseThrow(() -> new InvalidCallRecordException(
                "field '" + prefix + "direction' must be one of " + Arrays.toString(CallDirection.values())
                        .toLowerCase(Locale.ROOT) + ", not '" + text + "'"));
    }

    private static Instant time(String text, String field) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCallRecordException("field '" + field
                    + "' must be an ISO-8601 date-time with offset, e.g. 2026-11-26T10:15:30Z, not '" + text + "'");
        }
    }
}
