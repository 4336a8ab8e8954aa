package io.callrec.interfaces.console;

import io.callrec.application.lifecycle.HourlyConversions;
import io.callrec.application.lifecycle.OperationsOverview;
import io.callrec.application.lifecycle.StorageReport;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.recording.RecordingState;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The console's dashboard, {@code /console/index.xhtml}. Roles: <b>admin</b> only. Shows
 * {@link OperationsOverview} (recordings per state today and this week, the conversion queue and its
 * oldest recording's age, FAILED and PARTIAL outcomes of the last 24 hours by reason, conversions and
 * their lag per hour as a chart with the same figures as a table) and {@link StorageReport} (what the
 * recordings use, what the disk has left). Nothing is computed here: the figures come from the services.
 */
@Named("dashboard")
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OperationsOverview overview;

    @Inject
    StorageReport storage;

    @Inject
    CurrentCaller current;

    private String at;
    private List<StateRow> states = List.of();
    private long queueWaiting;
    private String queueOldestAge;
    private List<ReasonRow> reasons = List.of();
    private List<HourRow> hours = List.of();
    private String chart;
    private long storedRecordings;
    private String storedBytes;
    private String diskUsable;
    private String diskTotal;

    @PostConstruct
    public void refresh() {
        Caller caller = current.get();
        OperationsOverview.Overview o = overview.now(caller);
        at = TimeTexts.utc(o.at());
        states = Arrays.stream(RecordingState.values())
                .map(s -> new StateRow(s.name(), o.today().getOrDefault(s, 0L), o.thisWeek().getOrDefault(s, 0L))).toList();
        queueWaiting = o.queue().waiting();
        queueOldestAge = o.queue().oldestAge() == null ? null : DashboardTexts.duration(o.queue().oldestAge());
        reasons = o.attentionLastDay().stream()
                .map(r -> new ReasonRow(r.state().name(), r.reasonCode(), r.count())).toList();
        hours = o.perHour().stream().map(HourRow::of).toList();
        chart = DashboardTexts.conversionChart(o.perHour(), key -> Texts.text(key));
        List<Recordings.StorageUse> use = storage.use(caller, null);
        storedRecordings = use.stream().mapToLong(Recordings.StorageUse::recordings).sum();
        storedBytes = DashboardTexts.bytes(use.stream().mapToLong(Recordings.StorageUse::bytes).sum());
        StorageReport.Disk disk = storage.disk(caller);
        diskUsable = DashboardTexts.bytes(disk.usableBytes());
        diskTotal = DashboardTexts.bytes(disk.totalBytes());
    }

    /** Recordings in one state created today and this week. */
    public record StateRow(String state, long today, long thisWeek) implements Serializable {
        public String getState() {
            return state;
        }

        public long getToday() {
            return today;
        }

        public long getThisWeek() {
            return thisWeek;
        }
    }

    /** FAILED or PARTIAL outcomes of the last 24 hours with one reason code. */
    public record ReasonRow(String state, String reasonCode, long count) implements Serializable {
        public String getState() {
            return state;
        }

        public String getReasonCode() {
            return reasonCode;
        }

        public long getCount() {
            return count;
        }
    }

    /** One hour of the chart, as the table beside it shows it. */
    public record HourRow(String hour, long withAudio, long failed, String averageLag) implements Serializable {
        static HourRow of(HourlyConversions.Hour h) {
            return new HourRow(DashboardTexts.hour(h.start()), h.withAudio(), h.failed(),
                    h.averageLag() == null ? "" : DashboardTexts.duration(h.averageLag()));
        }

        public String getHour() {
            return hour;
        }

        public long getWithAudio() {
            return withAudio;
        }

        public long getFailed() {
            return failed;
        }

        public String getAverageLag() {
            return averageLag;
        }
    }

    public String getAt() {
        return at;
    }

    public List<StateRow> getStates() {
        return states;
    }

    public long getQueueWaiting() {
        return queueWaiting;
    }

    public String getQueueOldestAge() {
        return queueOldestAge;
    }

    public List<ReasonRow> getReasons() {
        return reasons;
    }

    public List<HourRow> getHours() {
        return hours;
    }

    /** The Chart.js configuration of the conversions-per-hour chart (p:chart's value). */
    public String getChart() {
        return chart;
    }

    public long getStoredRecordings() {
        return storedRecordings;
    }

    public String getStoredBytes() {
        return storedBytes;
    }

    public String getDiskUsable() {
        return diskUsable;
    }

    public String getDiskTotal() {
        return diskTotal;
    }
}
