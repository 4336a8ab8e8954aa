package io.callrec.interfaces.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.application.lifecycle.HourlyConversions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTextsTest {

    @Test
    void sizesAreWrittenInDecimalUnits() {
        assertThat(DashboardTexts.bytes(999)).isEqualTo("999 B");
        assertThat(DashboardTexts.bytes(1_500)).isEqualTo("1.5 kB");
        assertThat(DashboardTexts.bytes(57_600_000)).isEqualTo("57.6 MB");
        assertThat(DashboardTexts.bytes(2_000_000_000_000L)).isEqualTo("2.0 TB");
    }

    @Test
    void durationsAreWrittenToTheSecond() {
        assertThat(DashboardTexts.duration(Duration.ofMillis(45_900))).isEqualTo("45 s");
        assertThat(DashboardTexts.duration(Duration.ofSeconds(7_503))).isEqualTo("2 h 5 min 3 s");
        assertThat(DashboardTexts.duration(Duration.ofSeconds(-3))).isEqualTo("0 s");
    }

    @Test
    void theChartHasAnHourLabelAndFiguresPerHourAndNoLagWhereNothingFinished() {
        Instant first = Instant.parse("2026-12-04T12:00:00Z");
        JsonObject chart = Json.createReader(new StringReader(DashboardTexts.conversionChart(List.of(
                new HourlyConversions.Hour(first, 3, 1, Duration.ofMillis(2_500)),
                new HourlyConversions.Hour(first.plusSeconds(3600), 0, 0, null)), key -> "label " + key))).readObject();

        assertThat(chart.getJsonObject("data").getJsonArray("labels").toString()).isEqualTo("[\"12:00\",\"13:00\"]");
        var sets = chart.getJsonObject("data").getJsonArray("datasets");
        assertThat(sets.getJsonObject(0).getString("label")).isEqualTo("label dashboard.chart.withAudio");
        assertThat(sets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[3,0]");
        assertThat(sets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[1,0]");
        assertThat(sets.getJsonObject(2).getJsonArray("data").toString()).isEqualTo("[2.5,null]");
    }
}
