package io.callrec.domain.transfer;

import io.callrec.domain.recording.Recording;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A leg of a call with transfers or parking, kept with the call's recording: the transfer policy runs
 * again at conversion, once the capture's own start/stop events are known.
 */
@Entity
@Table(name = "recording_call_leg")
public class StoredLeg {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(optional = false)
    private Recording recording;

    @Column(nullable = false, length = 64) private String legId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LegKind kind;

    @Column(nullable = false, length = 64) private String partyA;
    @Column(length = 64) private String partyB;
    @Column(nullable = false) private Instant startTime;
    @Column(nullable = false) private Instant endTime;
    @Column(length = 64) private String handedOverBy;

    protected StoredLeg() {
    }

    public StoredLeg(Recording recording, CallLeg leg) {
        this.recording = recording;
        this.legId = leg.id();
        this.kind = leg.kind();
        this.partyA = leg.partyA();
        this.partyB = leg.partyB();
        this.startTime = leg.start();
        this.endTime = leg.end();
        this.handedOverBy = leg.handedOverBy();
    }

    public CallLeg toLeg() {
        return new CallLeg(legId, kind, partyA, partyB, startTime, endTime, handedOverBy);
    }
}
