package io.callrec.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log. Append-only: made by the two factories, never changed (no setters, and no
 * code updates or deletes this table). An access line says who read a recording, from which address,
 * the whole file or a range, and whether by credentials or a signed link; a change line says who did
 * what to which entity, with its JSON before and after (never a password or its hash).
 */
@Entity
@Table(name = "audit_log", indexes = {
        @Index(name = "audit_log_recording_idx", columnList = "recordingId"),
        @Index(name = "audit_log_actor_idx", columnList = "actor")})
public class AuditRecord {

    /** What kind of line. */
    public enum Kind { ACCESS, CHANGE }

    /** How an access was authorised. */
    public enum Via { CREDENTIALS, SIGNED_LINK }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    /** play, read; create, update, delete, run, issue, revoke, password. */
    @Column(nullable = false, length = 16)
    private String action;

    /** recording, customer, product, account, user, token, retention, ... */
    @Column(nullable = false, length = 32)
    private String subjectType;

    @Column(length = 128)
    private String subjectId;

    private Long recordingId;

    @Column(length = 64)
    private String remoteAddress;

    /** "full" or the Range header served. */
    @Column(length = 64)
    private String servedRange;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Via via;

    @Lob
    private String beforeJson;

    @Lob
    private String afterJson;

    protected AuditRecord() {
    }

    public static AuditRecord access(Instant at, String actor, String action, long recordingId, String remoteAddress,
                                     String servedRange, Via via) {
        AuditRecord r = new AuditRecord(at, actor, Kind.ACCESS, action, "recording", Long.toString(recordingId));
        r.recordingId = recordingId;
        r.remoteAddress = clip(remoteAddress, 64);
        r.servedRange = clip(servedRange, 64);
        r.via = via;
        return r;
    }

    public static AuditRecord change(Instant at, String actor, String action, String subjectType, String subjectId,
                                     String beforeJson, String afterJson) {
        AuditRecord r = new AuditRecord(at, actor, Kind.CHANGE, action, subjectType, subjectId);
        r.beforeJson = beforeJson;
        r.afterJson = afterJson;
        return r;
    }

    private AuditRecord(Instant at, String actor, Kind kind, String action, String subjectType, String subjectId) {
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = clip(subjectId, 128);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public Kind getKind() { return kind; }
    public String getAction() { return action; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public Long getRecordingId() { return recordingId; }
    public String getRemoteAddress() { return remoteAddress; }
    public String getServedRange() { return servedRange; }
    public Via getVia() { return via; }
    public String getBeforeJson() { return beforeJson; }
    public String getAfterJson() { return afterJson; }
}
