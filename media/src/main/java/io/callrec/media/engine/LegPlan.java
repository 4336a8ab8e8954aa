package io.callrec.media.engine;

import io.callrec.media.codec.AudioDecoder;
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

/**
 * Legs derived from the detected streams: one per UDP direction, ordered by first packet. At
 * most {@link #MAX_LEGS} legs are kept (those with the most packets); the rest are counted.
 * Each leg gets its RTP clock rate (from its static payload types; 0 when only dynamic types
 * were seen, then the timeline measures it) and its track rate (the highest output rate of its
 * decoders, e.g. 16000 for G.722; 8000 without decoders).
 */
final class LegPlan {

    static final int MAX_LEGS = 64;
    private static final int DEFAULT_RATE = 8000;

    record Leg(FlowKey direction, long firstNanos, boolean audio, int clockRate, int trackRate) {
    }

    private final List<Leg> legs;
    private final Map<FlowKey, Integer> legOfStream = new HashMap<>();
    private final TreeSet<Integer> payloadTypes = new TreeSet<>();
    private final int ignoredLegs;

    LegPlan(Map<FlowKey, StreamInfo> streams) {
        Map<FlowKey, long[]> byDirection = new HashMap<>();
        streams.forEach((key, info) -> {
            // {first capture time, audio?, clock rate, track rate, packets}
            long[] acc = byDirection.computeIfAbsent(key.direction(), k -> new long[] {Long.MAX_VALUE, 0, 0, 0, 0});
            acc[0] = Math.min(acc[0], info.firstNanos());
            acc[4] += info.packets();
            for (int pt = 0; pt < 128; pt++) {
                if (info.sawPayloadType(pt)) {
                    payloadTypes.add(pt);
                    AudioDecoder decoder = PayloadTypes.newDecoder(pt);
                    if (decoder != null) {
                        acc[1] = 1;
                        acc[2] = PayloadTypes.clockRate(pt);
                        acc[3] = Math.max(acc[3], decoder.sampleRate());
                    } else if (acc[1] == 0 && acc[2] == 0 && pt != PayloadTypes.CN) {
                        acc[2] = PayloadTypes.clockRate(pt);
                    }
                }
            }
        });
        List<Map.Entry<FlowKey, long[]>> kept = new ArrayList<>(byDirection.entrySet());
        kept.sort(Comparator.comparingLong((Map.Entry<FlowKey, long[]> e) -> -e.getValue()[4])
                .thenComparing(e -> e.getKey().toString()));
        ignoredLegs = Math.max(0, kept.size() - MAX_LEGS);
        List<Leg> list = new ArrayList<>();
        for (Map.Entry<FlowKey, long[]> e : kept.subList(0, Math.min(MAX_LEGS, kept.size()))) {
            long[] acc = e.getValue();
            int clock = (int) acc[2];
            int track = acc[3] > 0 ? (int) acc[3] : clock > 0 ? clock : DEFAULT_RATE;
            list.add(new Leg(e.getKey(), acc[0], acc[1] != 0, clock, track));
        }
        list.sort(Comparator.comparingLong(Leg::firstNanos).thenComparing(l -> l.direction().toString()));
        legs = List.copyOf(list);
        Map<FlowKey, Integer> index = new HashMap<>();
        for (int i = 0; i < legs.size(); i++) {
            index.put(legs.get(i).direction(), i);
        }
        streams.keySet().forEach(key -> {
            Integer i = index.get(key.direction());
            if (i != null) {
                legOfStream.put(key, i);
            }
        });
    }

    List<Leg> legs() {
        return legs;
    }

    /** Directions beyond {@link #MAX_LEGS} that were not rebuilt. */
    int ignoredLegs() {
        return ignoredLegs;
    }

    /** Leg index for an accepted (5-tuple, SSRC) stream, or -1. */
    int legOf(FlowKey stream) {
        Integer i = legOfStream.get(stream);
        return i == null ? -1 : i;
    }

    /** The earliest first packet of any leg. */
    long origin() {
        return legs.stream().mapToLong(Leg::firstNanos).min().orElse(0);
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
