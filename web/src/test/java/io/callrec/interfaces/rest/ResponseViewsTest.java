package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Response records come out of JSON-B (default configuration, as the JAX-RS runtime uses it) as the API wrote them by hand. */
class ResponseViewsTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void aLastPageSaysNextNull() {
        assertThat(JSONB.toJson(KeysetPage.of(List.of(1L, 2L), 5, n -> n, n -> n))).isEqualTo("{\"items\":[1,2],\"next\":null}");
        assertThat(JSONB.toJson(KeysetPage.of(List.of(1L, 2L), 2, n -> n, n -> n))).isEqualTo("{\"items\":[1,2],\"next\":2}");
    }

    @Test
    void aChangeEntryKeepsItsNullBeforeAndAnAccessEntryHasNone() {
        var change = new AuditResource.Entry(7, "2026-12-05T08:00:00Z", "admin", "change", "update", "customer", "42", null,
                null, null, null, JsonValue.NULL, JsonValue.EMPTY_JSON_OBJECT);
        assertThat(JSONB.toJson(change)).isEqualTo("{\"id\":7,\"at\":\"2026-12-05T08:00:00Z\",\"user\":\"admin\",\"kind\":\"change\","
                + "\"action\":\"update\",\"subjectType\":\"customer\",\"subjectId\":\"42\",\"before\":null,\"after\":{}}");
        var access = new AuditResource.Entry(8, "t", "u", "access", "play", "recording", "5", 5L, "", "full", "credentials",
                null, null);
        assertThat(JSONB.toJson(access)).isEqualTo("{\"id\":8,\"at\":\"t\",\"user\":\"u\",\"kind\":\"access\",\"action\":\"play\","
                + "\"subjectType\":\"recording\",\"subjectId\":\"5\",\"recordingId\":5,\"remoteAddress\":\"\",\"range\":\"full\","
                + "\"via\":\"credentials\"}");
    }

    @Test
    void anXdrLeavesOutWhatItLacksAndKeepsTheOrder() {
        var xdr = new RecordingViews.XdrView(1, "c", "h", "a", "1", "2", "outgoing", "t0", "t1", 13, null, "42", null, null, true,
                null, "none", null, null);
        assertThat(JSONB.toJson(xdr)).isEqualTo("{\"id\":1,\"callId\":\"c\",\"h323ConfId\":\"h\",\"accountId\":\"a\","
                + "\"callingNumber\":\"1\",\"calledNumber\":\"2\",\"direction\":\"outgoing\",\"connectTime\":\"t0\","
                + "\"disconnectTime\":\"t1\",\"durationSeconds\":13,\"customerId\":\"42\",\"entitled\":true,\"playback\":\"none\"}");
    }

    @Test
    void theListsAreItemsOfTheirViews() {
        assertThat(JSONB.toJson(new Listings.Items(List.of(jakarta.json.Json.createObjectBuilder().add("id", "x").addNull("n")
                .build())))).isEqualTo("{\"items\":[{\"id\":\"x\",\"n\":null}]}");
        assertThat(JSONB.toJson(new CallResource.Created(1, 2, List.of(2L, 3L), "PENDING")))
                .isEqualTo("{\"recordingId\":1,\"xdrId\":2,\"xdrIds\":[2,3],\"state\":\"PENDING\"}");
    }
}
