package io.callrec.application;

import io.callrec.domain.clock.AnchorKind;
import io.callrec.domain.clock.ClockAlignment;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.storage.CompletenessSettings;
import io.callrec.media.engine.ClockAnchor;
import io.callrec.media.engine.ConversionResult;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Use case step of a conversion: how the call record's clock lines up with the capture's. The call's
 * connect is the earliest connect of all its xDRs (every recording split off the call sees the same
 * ones, so all of them move the switch's times alike); the capture's is the media engine's anchor.
 */
@Stateless
public class CaptureClock {

    private static final Logger LOG = Logger.getLogger(CaptureClock.class.getName());

    @Inject
    Recordings recordings;

    @Inject
    CompletenessSettings settings;

    public ClockAlignment align(long recordingId, ConversionResult analysis) {
        Recording recording = recordings.find(recordingId).orElseThrow();
        List<Xdr> call = recordings.xdrsOfCall(recording);
        Instant connect = call.stream().map(Xdr::getConnectTime).min(Comparator.naturalOrder())
                .orElse(recording.getRecordedAt());
        Instant disconnect = call.stream().map(Xdr::getDisconnectTime).max(Comparator.naturalOrder()).orElse(connect);
        ClockAnchor anchor = analysis.clockAnchor();
        ClockAlignment clock;
        if (anchor.kind() == ClockAnchor.Kind.FIRST_MEDIA) {
            // No answer in the capture: cross-check the first packet against the media's end (early media).
            Instant lastMedia = Instant.ofEpochSecond(0, analysis.originEpochNanos()).plusMillis(analysis.durationMillis());
            clock = ClockAlignment.fromMedia(Instant.ofEpochSecond(0, anchor.epochNanos()), lastMedia, connect,
                    disconnect, settings.clockTolerance());
        } else {
            clock = new ClockAlignment(kind(anchor.kind()),
                    anchor.exists() ? Instant.ofEpochSecond(0, anchor.epochNanos()) : null, connect, disconnect,
                    settings.clockTolerance());
        }
        if (!clock.anchored() || clock.beyondTolerance()) {
            LOG.warning(() -> "recording " + recordingId + ": " + clock.describe());
        }
        return clock;
    }

    static AnchorKind kind(ClockAnchor.Kind kind) {
        return switch (kind) {
            case SIP_ANSWER -> AnchorKind.SIP_ANSWER;
            case FIRST_MEDIA -> AnchorKind.FIRST_MEDIA;
            case LAST_MEDIA -> AnchorKind.LAST_MEDIA;
            case NONE -> AnchorKind.NONE;
        };
    }

    /** The anchor the alignment used, as the statistics report it ({@code clockAnchor}, {@code clockAnchorMillis}). */
    static ClockAnchor anchorOf(ClockAlignment clock) {
        return switch (clock.anchor()) {
            case SIP_ANSWER -> new ClockAnchor(ClockAnchor.Kind.SIP_ANSWER, nanos(clock.anchorAt()));
            case FIRST_MEDIA -> new ClockAnchor(ClockAnchor.Kind.FIRST_MEDIA, nanos(clock.anchorAt()));
            case LAST_MEDIA -> new ClockAnchor(ClockAnchor.Kind.LAST_MEDIA, nanos(clock.anchorAt()));
            case NONE -> ClockAnchor.NONE;
        };
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
