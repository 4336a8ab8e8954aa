package io.callrec.interfaces.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.application.access.RecordingCatalog.ControlDetails;
import io.callrec.domain.ondemand.RecordedSpan;
import io.callrec.domain.ondemand.StoredSpan;
import io.callrec.domain.ondemand.Trigger;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityMapTest {

    private static final String STATISTICS = """
            {"durationMillis":6000,"legs":[
              {"source":"10.0.0.1:20000","destination":"10.0.0.2:30000","packets":300,"lost":12,"concealedMillis":240,
               "firstPacketMillis":1700000000000,"durationMillis":6000,"dtmf":[{"digit":"5","startMillis":1500}]},
              {"source":"10.0.0.2:30000","destination":"10.0.0.1:20000","packets":290,"lost":0,"concealedMillis":0,
               "firstPacketMillis":1700000000500,"durationMillis":5500,"dtmf":[]},
              {"source":"10.0.0.9:1","destination":"10.0.0.1:20000","packets":3,"durationMillis":0}]}
            """;

    @Test
    void aWholeCallIsOneRecordedSpanWithEachLegPlacedByItsFirstPacketAndItsLossAndDtmf() {
        JsonObject map = read(QualityMap.json(6000L, STATISTICS, List.of()));

        assertThat(map.getJsonArray("spans")).hasSize(1);
        assertThat(map.getJsonArray("spans").getJsonObject(0).getInt("endMillis")).isEqualTo(6000);
        assertThat(map.getJsonArray("legs")).as("the leg without audio is not drawn").hasSize(2);
        JsonObject lossy = map.getJsonArray("legs").getJsonObject(0);
        assertThat(lossy.getInt("lost")).isEqualTo(12);
        assertThat(lossy.getInt("concealedMillis")).isEqualTo(240);
        JsonObject late = map.getJsonArray("legs").getJsonObject(1);
        assertThat(late.getInt("startMillis")).isEqualTo(500);
        assertThat(late.getInt("endMillis")).as("clipped to the recording").isEqualTo(6000);
        assertThat(map.getJsonArray("dtmf").getJsonObject(0).getString("digit")).isEqualTo("5");
        assertThat(map.getJsonArray("dtmf").getJsonObject(0).getInt("atMillis")).isEqualTo(1500);
    }

    @Test
    void anOnDemandRecordingsSpansFollowOneAnotherWithTheirStartAndStopTimes() {
        Instant t = Instant.parse("2026-12-05T10:00:00Z");
        List<StoredSpan> spans = List.of(new StoredSpan(new RecordedSpan(t.plusSeconds(10), t.plusSeconds(12), Trigger.DTMF)),
                new StoredSpan(new RecordedSpan(t.plusSeconds(2), t.plusSeconds(5), Trigger.SWITCH)));
        ControlDetails control = new ControlDetails("acc", false, true, "", 0, 0, spans, List.of(), false, List.of(), List.of());

        JsonObject map = read(QualityMap.json(5000L, STATISTICS, List.of(control)));

        assertThat(map.getJsonArray("spans")).hasSize(2);
        assertThat(map.getJsonArray("spans").getJsonObject(0).getInt("startMillis")).isZero();
        assertThat(map.getJsonArray("spans").getJsonObject(0).getInt("endMillis")).isEqualTo(3000);
        assertThat(map.getJsonArray("spans").getJsonObject(0).getString("from")).isEqualTo(t.plusSeconds(2).toString());
        assertThat(map.getJsonArray("spans").getJsonObject(1).getInt("startMillis")).isEqualTo(3000);
        assertThat(map.getJsonArray("spans").getJsonObject(1).getInt("endMillis")).isEqualTo(5000);
        assertThat(map.getJsonArray("legs").getJsonObject(1).getInt("startMillis")).as("placed from the start").isZero();
    }

    @Test
    void aRecordingWithoutStatisticsHasNoMap() {
        assertThat(QualityMap.json(6000L, null, List.of())).isNull();
        assertThat(QualityMap.json(6000L, "not json", List.of())).isNull();
        assertThat(QualityMap.json(null, STATISTICS, List.of())).isNull();
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
