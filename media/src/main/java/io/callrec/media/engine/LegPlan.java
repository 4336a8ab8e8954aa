package io.callrec.media.engine;

import io.callrec.media.call.Role;
import io.callrec.media.codec.PayloadKind;
import io.callrec.media.codec.PayloadMap;
import io.callrec.media.rtp.FlowKey;
import io.callrec.media.rtp.StreamInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Legs derived from the detected streams, ordered by first packet. Without signalling a leg is one
 * UDP direction. With signalling, directions assigned to the same dialog side form one leg (a
 * re-INVITE that moves the media to a new port continues the leg), and each leg carries its role
 * and the payload map of its SDP.
 */
final class LegPlan {

    /** {@code direction} is the leg's earliest UDP direction, used to name it in statistics. */
    record Leg(FlowKey direction, long firstNanos, boolean audio, Role role, String callId, PayloadMap payloads) {
    }

    private final List<Leg> legs;
    private final Map<FlowKey, Integer> legOfStream = new HashMap<>();
    private final TreeSet<Integer> payloadTypes = new TreeSet<>();

    LegPlan(Map<FlowKey, StreamInfo> streams) {
        this(streams, Map.of());
    }

    /** {@code assignments} maps streams to dialog sides; streams without one form a leg per UDP direction. */
    LegPlan(Map<FlowKey, StreamInfo> streams, Map<FlowKey, CallMatcher.Assignment> assignments) {
        Map<String, Acc> byKey = new HashMap<>();
        Map<FlowKey, String> keyOfStream = new HashMap<>();
        streams.forEach((key, info) -> {
            FlowKey direction = key.direction();
            CallMatcher.Assignment a = assignments.get(key);
            String legKey = a == null ? "flow/" + direction : a.legKey();
            keyOfStream.put(key, legKey);
            Acc acc = byKey.computeIfAbsent(legKey, k -> new Acc(a));
            if (info.firstNanos() < acc.firstNanos || (info.firstNanos() == acc.firstNanos
                    && direction.toString().compareTo(acc.direction.toString()) < 0)) {
                acc.firstNanos = info.firstNanos();
                acc.direction = direction;
            }
            for (int pt = 0; pt < 128; pt++) {
                if (info.sawPayloadType(pt)) {
                    payloadTypes.add(pt);
                    acc.audio |= acc.payloads.newDecoder(pt) != null;
                }
            }
        });
        List<Map.Entry<String, Acc>> entries = new ArrayList<>(byKey.entrySet());
        entries.sort(Comparator.comparingLong((Map.Entry<String, Acc> e) -> e.getValue().firstNanos)
                .thenComparing(e -> e.getValue().direction.toString()));
        List<Leg> list = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Map.Entry<String, Acc> e : entries) {
            Acc acc = e.getValue();
            index.put(e.getKey(), list.size());
            list.add(new Leg(acc.direction, acc.firstNanos, acc.audio, acc.role, acc.callId, acc.payloads));
        }
        legs = List.copyOf(list);
        keyOfStream.forEach((stream, legKey) -> legOfStream.put(stream, index.get(legKey)));
    }

    /** What a leg accumulates while its streams are read. */
    private static final class Acc {
        final Role role;
        final String callId;
        final PayloadMap payloads;
        long firstNanos = Long.MAX_VALUE;
        FlowKey direction;
        boolean audio;

        Acc(CallMatcher.Assignment a) {
            role = a == null ? Role.UNKNOWN : a.role();
            callId = a == null ? null : a.callId();
            payloads = a == null ? PayloadMap.STATIC : a.payloads();
        }
    }

    List<Leg> legs() {
        return legs;
    }

    /** Leg index for an accepted (5-tuple, SSRC) stream, or -1. */
    int legOf(FlowKey stream) {
        Integer i = legOfStream.get(stream);
        return i == null ? -1 : i;
    }

    /** The earliest first packet among legs with decodable audio, or empty when there are none. */
    java.util.OptionalLong audioOrigin() {
        return legs.stream().filter(Leg::audio).mapToLong(Leg::firstNanos).min();
    }

    /** Names of payload types seen, for an "unsupported codec" message. */
    String payloadSummary() {
        List<String> names = new ArrayList<>();
        for (int pt : payloadTypes) {
            String name = PayloadMap.STATIC.name(pt, PayloadKind.UNSUPPORTED);
            names.add(name.equals("PT" + pt) ? "PT " + pt : name + " (PT " + pt + ")");
        }
        return String.join(", ", names);
    }
}
