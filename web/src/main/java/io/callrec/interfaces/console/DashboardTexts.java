package io.callrec.interfaces.console;

import io.callrec.application.lifecycle.HourlyConversions;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How the dashboard writes its figures: sizes in decimal units, durations to the second, hours in UTC,
 * and the Chart.js configuration of the conversions chart (labels from the message bundle).
 */
final class DashboardTexts {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB"};

    private DashboardTexts() {
    }

    /** e.g. 1.5 GB (powers of 1000, as disks are sold and the README's sizes are written). */
    static String bytes(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** e.g. 2 h 5 min 3 s, 45 s. */
    static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        long h = seconds / 3600;
        long min = seconds % 3600 / 60;
        long s = seconds % 60;
        StringBuilder text = new StringBuilder();
        if (h > 0) {
            text.append(h).append(" h ");
        }
        if (h > 0 || min > 0) {
            text.append(min).append(" min ");
        }
        return text.append(s).append(" s").toString();
    }

    static String hour(Instant start) {
        return HOUR.format(start);
    }

    /**
     * A stacked bar chart of conversions per hour (with audio, failed) and a line of their average lag in
     * seconds; {@code text} gives the labels by message key (the bundle's, on a page).
     */
    static String conversionChart(List<HourlyConversions.Hour> hours, UnaryOperator<String> text) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder audio = Json.createArrayBuilder();
        JsonArrayBuilder failed = Json.createArrayBuilder();
        JsonArrayBuilder lag = Json.createArrayBuilder();
        for (HourlyConversions.Hour h : hours) {
            labels.add(hour(h.start()));
            audio.add(h.withAudio());
            failed.add(h.failed());
            if (h.averageLag() == null) {
                lag.addNull();
            } else {
                lag.add(h.averageLag().toMillis() / 1000.0);
            }
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(dataset(text.apply("dashboard.chart.withAudio"), audio, "#2f855a").add("stack", "conversions"))
                        .add(dataset(text.apply("dashboard.chart.failed"), failed, "#c53030").add("stack", "conversions"))
                        .add(dataset(text.apply("dashboard.chart.lag"), lag, "#2b6cb0").add("type", "line")
                                .add("yAxisID", "lag").add("spanGaps", true))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", axis(text.apply("dashboard.chart.count"), "left").add("stacked", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                                .add("lag", axis(text.apply("dashboard.chart.lagAxis"), "right")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)))))
                .build();
        return config.toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour);
    }

    private static JsonObjectBuilder axis(String title, String position) {
        return Json.createObjectBuilder().add("beginAtZero", true).add("position", position)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }
}
