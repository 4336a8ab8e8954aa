package io.callrec.application.webevents;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.AudioFile;
import io.callrec.domain.recording.OutcomeReason;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingEvent;
import io.callrec.domain.webevent.WebEventType;
import io.callrec.domain.xdr.CallDirection;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.Xdr;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebEventBodyTest {

    @Test
    void availableRecordingCarriesTheCallTheFileAndTheAudioLink() {
        Fixture f = Fixture.available();
        JsonObject json = parse(WebEventBody.json(f.event, WebEventType.NewCallRecordingIsAvailable, f.recording, f.xdrs,
                new WebEventBody.AudioLink("http://callrec.test/api/v1/recordings/7/audio?u=a&exp=9&sig=s",
                        Instant.parse("2026-12-12T00:00:00Z"))));
        assertThat(json.getJsonNumber("id").longValue()).isEqualTo(f.event.getFeedPosition());
        assertThat(json.getString("type")).isEqualTo("NewCallRecordingIsAvailable");
        assertThat(json.getString("occurredAt")).isEqualTo(f.event.getOccurredAt().toString());
        JsonObject data = json.getJsonObject("data");
        assertThat(data.getJsonNumber("recordingId").longValue()).isEqualTo(f.recording.getId());
        assertThat(data.getString("state")).isEqualTo("AVAILABLE");
        assertThat(data.getJsonArray("xdrIds")).hasSize(1);
        assertThat(data.getString("account")).isEqualTo(f.xdrs.get(0).getAccountId());
        assertThat(data.getString("callingNumber")).isEqualTo(f.xdrs.get(0).getCallingNumber());
        assertThat(data.getString("calledNumber")).isEqualTo(f.xdrs.get(0).getCalledNumber());
        assertThat(data.getString("direction")).isEqualTo("outgoing");
        assertThat(data.getString("startTime")).isEqualTo(f.xdrs.get(0).getConnectTime().toString());
        assertThat(data.getString("endTime")).isEqualTo(f.xdrs.get(0).getDisconnectTime().toString());
        assertThat(data.getString("audioUrl")).startsWith("http://callrec.test/api/v1/recordings/7/audio?");
        assertThat(data.getString("audioUrlExpiresAt")).isEqualTo("2026-12-12T00:00:00Z");
        assertThat(data.containsKey("reason")).isFalse();
    }

    @Test
    void failedRecordingCarriesTheReasonAndNoAudio() {
        Fixture f = Fixture.failed();
        JsonObject data = parse(WebEventBody.json(f.event, WebEventType.CallRecordingFailed, f.recording, f.xdrs, null))
                .getJsonObject("data");
        assertThat(data.getString("state")).isEqualTo("FAILED");
        assertThat(data.getString("reasonCode")).isEqualTo("NO_RTP_STREAMS");
        assertThat(data.getString("reason")).isNotBlank();
        assertThat(data.containsKey("audioUrl")).isFalse();
        assertThat(data.containsKey("sha256")).isFalse();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** A recording of one outgoing call with its xDR and outcome event, ids set as the database would. */
    private record Fixture(Recording recording, List<Xdr> xdrs, RecordingEvent event) {

        private static final Instant CONNECT = Instant.parse("2026-12-05T09:00:00Z");

        static Fixture available() {
            Recording r = Recording.pending("acme", CONNECT, "/spool/c.pcap", CONNECT);
            r.beginAttempt(CONNECT);
            r.becomeAvailable(new AudioFile("/r/7.wav", "wav", 48_044, "ab12", 3000), "{}", CONNECT.plusSeconds(9));
            return of(r);
        }

        static Fixture failed() {
            Recording r = Recording.pending("acme", CONNECT, "/spool/c.pcap", CONNECT);
            r.fail(OutcomeReason.NO_RTP_STREAMS, "the capture holds no RTP", CONNECT.plusSeconds(9));
            return of(r);
        }

        private static Fixture of(Recording r) {
            set(Recording.class, r, "id", 7L);
            Xdr xdr = new Xdr(new CallRecord("c1", "conf-1", "acc-1", "100", "acme", "14155550100", "14155550199",
                    CallDirection.OUTGOING, CONNECT, CONNECT.plusSeconds(3)), r);
            set(Xdr.class, xdr, "id", 70L);
            RecordingEvent e = RecordingEvent.outcomeOf(r);
            e.placeAt(42);
            return new Fixture(r, List.of(xdr), e);
        }

        private static void set(Class<?> type, Object target, String field, Object value) {
            try {
                Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
