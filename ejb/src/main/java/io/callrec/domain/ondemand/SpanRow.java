package io.callrec.domain.ondemand;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A recorded span as stored with the recording. */
@Embeddable
public class SpanRow {

    @Column(name = "span_start", nullable = false) private Instant start;
    @Column(name = "span_end", nullable = false) private Instant end;

    @Enumerated(EnumType.STRING)
    @Column(name = "started_by", nullable = false, length = 16)
    private Trigger startedBy;

    protected SpanRow() {
    }

    SpanRow(RecordedSpan span) {
        this.start = span.start();
        this.end = span.end();
        this.startedBy = span.startedBy();
    }

    public RecordedSpan toSpan() {
        return new RecordedSpan(start, end, startedBy);
    }
}
