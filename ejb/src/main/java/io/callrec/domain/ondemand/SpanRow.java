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

    /** The call leg and its parties when the switch reported legs (transfers, parking); null otherwise. */
    @Column(name = "leg_id", length = 64) private String legId;
    @Column(name = "leg_parties", length = 200) private String parties;

    protected SpanRow() {
    }

    SpanRow(RecordedSpan span) {
        this.start = span.start();
        this.end = span.end();
        this.startedBy = span.startedBy();
    }

    SpanRow(StoredSpan stored) {
        this(stored.span());
        this.legId = stored.legId();
        this.parties = stored.parties();
    }

    StoredSpan toStored() {
        return new StoredSpan(toSpan(), legId, parties);
    }

    public RecordedSpan toSpan() {
        return new RecordedSpan(start, end, startedBy);
    }
}
