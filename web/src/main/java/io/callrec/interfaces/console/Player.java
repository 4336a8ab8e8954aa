package io.callrec.interfaces.console;

import io.callrec.application.access.RecordingCatalog;
import io.callrec.application.access.PlayLinks;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.recording.Recording;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Optional;

/**
 * Opens a recording in the in-page player: asks the visibility rule again (through
 * {@link RecordingCatalog}, as the API's {@code GET /recordings/{id}} does) and issues a play URL signed
 * for the caller (as the API's {@code playUrl}), which the page's {@code <audio>} element loads with
 * Range requests and no credentials of its own. A recording the caller may not see, or without audio,
 * gives nothing.
 */
@Dependent
public class Player implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordingCatalog recordings;

    @Inject
    PlayLinks links;

    /**
     * What the player plays: a recording, its signed URL (root-relative) and the call's quality map to
     * draw under it ({@link QualityMap}; null without statistics).
     */
    public record Track(long recordingId, String url, String title, String qualityMap) implements Serializable {
        public long getRecordingId() {
            return recordingId;
        }

        public String getUrl() {
            return url;
        }

        public String getTitle() {
            return title;
        }

        public String getQualityMap() {
            return qualityMap;
        }
    }

    public Optional<Track> open(Caller caller, long recordingId, String title) {
        return recordings.find(caller, recordingId).filter(d -> playable(d.recording()))
                .map(d -> new Track(recordingId, links.issue(recordingId, caller.login()).url(), title,
                        QualityMap.json(d.recording().getDurationMillis(), d.recording().getStatistics(), d.controls())));
    }

    static boolean playable(Recording r) {
        return r.getState().hasAudio() && !r.isExpired();
    }
}
