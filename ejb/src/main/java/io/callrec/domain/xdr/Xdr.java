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
 * A billing record (CDR_Accounts): one account's view of one call. It carries the "Play" link once the
 * call's recording is available.
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

    public void linkPlayback(String link) {
        this.playLink = link;
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
}
