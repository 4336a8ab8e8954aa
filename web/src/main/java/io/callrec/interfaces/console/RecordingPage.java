package io.callrec.interfaces.console;

import io.callrec.application.access.RecordingCatalog;
import io.callrec.application.access.RecordingCatalog.RecordingDetails;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.recording.Recording;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One recording: {@code /console/recording.xhtml?id=N} for an <b>admin</b> (state and reason, the legs
 * with codecs, loss and jitter from the conversion statistics, duration, size, SHA-256, the xDRs) and
 * {@code /selfcare/recording.xhtml?id=N} for a <b>customer</b> or <b>account</b> user (the player and
 * the call). Both show each account's e-mail state (of the accounts whose xDRs the user sees); the console
 * also its export to the SFTP storage, as the API's recording view does ({@link Deliveries}). The
 * recording comes from {@link RecordingCatalog#find} for the caller, as {@code GET /api/v1/recordings/{id}}
 * does: one the caller may not see — another account's, or one hidden by "show to myself only" — answers
 * 404 with the same "not found" as an id that does not exist, so editing the URL reveals nothing.
 */
@Named("recordingPage")
@ViewScoped
public class RecordingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordingCatalog recordings;

    @Inject
    CurrentCaller current;

    @Inject
    Player player;

    private Long id;
    private Summary summary;
    private List<Leg> legs = List.of();
    private List<CallLine> calls = List.of();
    private Player.Track track;
    private List<Deliveries.Mail> mails = List.of();
    private Deliveries.Export export;

    /** What the page shows of the recording. */
    public record Summary(long id, String state, String reasonCode, String reason, String format, Long durationMillis,
                          Long sizeBytes, String sha256, String recordedAt, boolean expired) implements Serializable {
        public long getId() {
            return id;
        }

        public String getState() {
            return state;
        }

        public String getReasonCode() {
            return reasonCode;
        }

        public String getReason() {
            return reason;
        }

        public String getFormat() {
            return format;
        }

        public Long getDurationMillis() {
            return durationMillis;
        }

        public Long getSizeBytes() {
            return sizeBytes;
        }

        public String getSha256() {
            return sha256;
        }

        public String getRecordedAt() {
            return recordedAt;
        }

        public boolean isExpired() {
            return expired;
        }
    }

    /** One leg of the conversion statistics. */
    public record Leg(String source, String destination, String codecs, long packets, long lost, double jitterMillis,
                      double maxJitterMillis, long concealedMillis, String dtmf) implements Serializable {
        public String getSource() {
            return source;
        }

        public String getDestination() {
            return destination;
        }

        public String getCodecs() {
            return codecs;
        }

        public long getPackets() {
            return packets;
        }

        public long getLost() {
            return lost;
        }

        public double getJitterMillis() {
            return jitterMillis;
        }

        public double getMaxJitterMillis() {
            return maxJitterMillis;
        }

        public long getConcealedMillis() {
            return concealedMillis;
        }

        public String getDtmf() {
            return dtmf;
        }
    }

    /** One xDR of the recording, as the caller may see it. */
    public record CallLine(long xdrId, String accountId, String callingNumber, String calledNumber, String direction,
                           String connectTime, long durationSeconds, boolean entitled) implements Serializable {
        public long getXdrId() {
            return xdrId;
        }

        public String getAccountId() {
            return accountId;
        }

        public String getCallingNumber() {
            return callingNumber;
        }

        public String getCalledNumber() {
            return calledNumber;
        }

        public String getDirection() {
            return direction;
        }

        public String getConnectTime() {
            return connectTime;
        }

        public long getDurationSeconds() {
            return durationSeconds;
        }

        public boolean isEntitled() {
            return entitled;
        }
    }

    /** The view action: loads the recording, or answers 404. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Caller caller = current.get();
        RecordingDetails details = id == null ? null : recordings.find(caller, id).orElse(null);
        if (details == null) {
            summary = null;
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        Recording r = details.recording();
        summary = new Summary(r.getId(), r.getState().name(), r.getReasonCode() == null ? null : r.getReasonCode().name(),
                r.getFailureReason(), r.getFormat(), r.getDurationMillis(), r.getSizeBytes(), r.getSha256(),
                r.getRecordedAt() == null ? null : r.getRecordedAt().toString(), r.isExpired());
        legs = legs(r.getStatistics());
        mails = details.mails().stream().map(Deliveries.Mail::of).toList();
        export = Deliveries.Export.of(details.export());
        calls = details.xdrs().stream().map(x -> new CallLine(x.getId(), x.getAccountId(), x.getCallingNumber(),
                x.getCalledNumber(), x.getDirection().name().toLowerCase(java.util.Locale.ROOT),
                x.getConnectTime().toString(), x.getDurationSeconds(), x.isEntitled())).toList();
        track = player.open(caller, r.getId(), Texts.text("recording.title", r.getId())).orElse(null);
    }

    static List<Leg> legs(String statistics) {
        if (statistics == null || statistics.isBlank()) {
            return List.of();
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(statistics))) {
            root = reader.readObject();
        }
        JsonArray array = root.getJsonArray("legs");
        List<Leg> legs = new ArrayList<>();
        if (array == null) {
            return legs;
        }
        for (JsonValue value : array) {
            JsonObject leg = value.asJsonObject();
            String codecs = leg.containsKey("codecs") ? leg.getJsonArray("codecs").stream()
                    .map(c -> c.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) c).getString() : c.toString())
                    .collect(Collectors.joining(", ")) : "";
            String dtmf = leg.containsKey("dtmf") ? leg.getJsonArray("dtmf").stream()
                    .map(d -> d.asJsonObject().getString("digit", "?")).collect(Collectors.joining()) : "";
            legs.add(new Leg(leg.getString("source", ""), leg.getString("destination", ""), codecs,
                    QualityMap.number(leg, "packets"), QualityMap.number(leg, "lost"), decimal(leg, "jitterMillis"),
                    decimal(leg, "maxJitterMillis"), QualityMap.number(leg, "concealedMillis"), dtmf));
        }
        return legs;
    }

    private static double decimal(JsonObject o, String name) {
        return o.containsKey(name) && o.get(name).getValueType() == JsonValue.ValueType.NUMBER
                ? o.getJsonNumber(name).doubleValue() : 0;
    }

    public boolean isFound() {
        return summary != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Summary getSummary() {
        return summary;
    }

    public List<Leg> getLegs() {
        return legs;
    }

    public List<CallLine> getCalls() {
        return calls;
    }

    public Player.Track getTrack() {
        return track;
    }

    /** Each account's e-mail, of the accounts whose xDRs the user sees (every account for an admin). */
    public List<Deliveries.Mail> getMails() {
        return mails;
    }

    /** The export to the SFTP storage; null for anyone but an admin. */
    public Deliveries.Export getExport() {
        return export;
    }
}
