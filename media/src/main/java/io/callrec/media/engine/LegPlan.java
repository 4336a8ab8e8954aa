package io.callrec.media.engine;

import io.callrec.media.codec.PayloadKind;
import io.callrec.media.codec.PayloadTypes;
import io.callrec.media.rtp.FlowKey;
import io.callrec.media.rtp.StreamInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Legs derived from the detected streams: one per UDP direction, ordered by first packet. */
final class LegPlan {

    record Leg(FlowKey direction, long firstNanos, boolean audio) {
    }

    private final List<Leg> legs;
    private final Map<FlowKey, Integer> legOfStream = new HashMap<>();
    private final TreeSet<Integer> payloadTypes = new TreeSet<>();

    LegPlan(Map<FlowKey, StreamInfo> streams) {
        Map<FlowKey, long[]> byDirection = new HashMap<>();
        streams.forEach((key, info) -> {
            long[] acc = byDirection.computeIfAbsent(key.direction(), k -> new long[] {Long.MAX_VALUE, 0});
            acc[0] = Math.min(acc[0], info.firstNanos());
            for (int pt = 0; pt < 128; pt++) {
                if (info.sawPayloadType(pt)) {
                    payloadTypes.add(pt);
                    if (PayloadTypes.newDecoder(pt) != null) {
                        acc[1] = 1;
                    }
                }
            }
        });
        List<Leg> list = new ArrayList<>();
        byDirection.forEach((dir, acc) -> list.add(new Leg(dir, acc[0], acc[1] != 0)));
        list.sort(Comparator.comparingLong(Leg::firstNanos).thenComparing(l -> l.direction().toString()));
        legs = List.copyOf(list);
        streams.keySet().forEach(key -> legOfStream.put(key, indexOf(key.direction())));
    }

    private int indexOf(FlowKey direction) {
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).direction().equals(direction)) {
                return i;
            }
        }
        throw new IllegalStateException("direction without leg: " + direction);
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
            String name = PayloadTypes.name(pt, PayloadKind.UNSUPPORTED);
            names.add(name.equals("PT" + pt) ? "PT " + pt : name + " (PT " + pt + ")");
        }
        return String.join(", ", names);
    }
}
