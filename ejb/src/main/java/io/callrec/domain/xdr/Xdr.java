package io.callrec.domain.xdr;

import io.callrec.domain.recording.Recording;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A billing record (CDR_Accounts): one account's view of one call. Every xDR of a call points at the
 * call's recording; only those of accounts entitled to it (by their own recording policy, on-demand
 * spans or the transfer policy) carry the "Play" link once it is available, the others say why not.
 */
@Entity
@Table(name = "cdr_account", indexes = {
        @Index(name = "cdr_account_h323_idx", columnList = "h323ConfId"),
        @Index(name = "cdr_account_account_idx", columnList = "accountId")})
public class Xdr {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 128) private String callId;
    @Column(nullable = false, length = 128) private String h323ConfId;
    @Column(nullable = false, length = 64) private String accountId;
    @Column(length = 64) private String accountNumber;
    @Column(length = 64) private String customerId;
    @Column(nullable = false, length = 64) private String callingNumber;
    @Column(nullable = false, length = 64) private String calledNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallDirection direction;

    @Column(nullable = false) private Instant connectTime;
    @Column(nullable = false) private Instant disconnectTime;
    private long durationSeconds;

    @ManyToOne
    private Recording recording;

    /** Relative URL of the recording's audio; set when the recording becomes available. */
    @Column(length = 256)
    private String playLink;

    /** True once retention removed the recording: the "Play" link then says "expired". */
    private boolean playbackExpired;

    /**
     * Whether this account gets the recording; false with {@link #recordingNote} saying why not. The
     * column default lets a schema update add it to a table that already holds xDRs (all entitled).
     */
    @Column(columnDefinition = "boolean default true not null")
    private boolean entitled = true;

    @Column(length = 300)
    private String recordingNote;

    protected Xdr() {
    }

    public Xdr(CallRecord call, Recording recording) {
        this.callId = call.callId();
        this.h323ConfId = call.h323ConfId();
        this.accountId = call.accountId();
        this.accountNumber = call.accountNumber();
        this.customerId = call.customerId();
        this.callingNumber = call.callingNumber();
        this.calledNumber = call.calledNumber();
        this.direction = call.direction();
        this.connectTime = call.connectTime();
        this.disconnectTime = call.disconnectTime();
        this.durationSeconds = call.durationSeconds();
        this.recording = recording;
    }

    /** The recording is available: the entitled account's xDR gets the "Play" link, the others stay without. */
    public void linkPlayback(String link) {
        if (entitled) {
            this.playLink = link;
        }
    }

    /** The account's part of the call differs from the others': its xDR links to a recording of its own. */
    public void moveTo(Recording own) {
        this.recording = own;
    }

    /** This account is not entitled to the call's recording, for the reason given. */
    public void withdraw(String why) {
        this.entitled = false;
        this.playLink = null;
        this.recordingNote = why.length() <= 300 ? why : why.substring(0, 299) + "…";
    }

    public void expirePlayback() {
        this.playLink = null;
        this.playbackExpired = true;
    }

    public Long getId() { return id; }
    public String getCallId() { return callId; }
    public String getH323ConfId() { return h323ConfId; }
    public String getAccountId() { return accountId; }
    public String getAccountNumber() { return accountNumber; }
    public String getCustomerId() { return customerId; }
    public String getCallingNumber() { return callingNumber; }
    public String getCalledNumber() { return calledNumber; }
    public CallDirection getDirection() { return direction; }
    public Instant getConnectTime() { return connectTime; }
    public Instant getDisconnectTime() { return disconnectTime; }
    public long getDurationSeconds() { return durationSeconds; }
    public Recording getRecording() { return recording; }
    public String getPlayLink() { return playLink; }
    public boolean isPlaybackExpired() { return playbackExpired; }
    public boolean isEntitled() { return entitled; }
    public String getRecordingNote() { return recordingNote; }
}
