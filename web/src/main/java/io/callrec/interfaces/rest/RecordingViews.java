package io.callrec.interfaces.rest;

import io.callrec.application.conversion.ConversionOutcomes;
import io.callrec.application.access.RecordingCatalog.ControlDetails;
import io.callrec.application.access.RecordingCatalog.ExportSummary;
import io.callrec.application.access.RecordingCatalog.RecordingDetails;
import io.callrec.application.access.PlayLinks.PlayLink;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.delivery.AccountMail;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.Xdr;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The JSON form of a recording and its xDRs, as {@code GET /api/v1/recordings/{id}} and the lists return
 * them: records bound by JSON-B, a null field left out. Beside the plain {@code audioUrl} /
 * {@code playLink} (which need credentials) a recording carries {@code playUrl}, the play link signed
 * for the caller, which plays without credentials until {@code playUrlExpiresAt}.
 */
final class RecordingViews {

    private RecordingViews() {
    }

    /**
     * A recording. The audio fields only while it has audio; {@code statistics} as the conversion stored
     * them; with its controls, at the top level the first entitled account's recording control, spans,
     * audit trail, cues and notes (the posting account's for a call with one account), and under
     * {@code accounts} every account's.
     */
    @JsonbPropertyOrder({"id", "state", "attempts", "createdAt", "reasonCode", "failureReason", "recordedAt", "completedAt",
            "expiredAt", "splitFrom", "requeues", "captureRetained", "format", "durationMillis", "sizeBytes", "sha256",
            "audioUrl", "playUrl", "playUrlExpiresAt", "statistics", "export", "xdrs", "recordingControl", "spans", "audit",
            "announcementCues", "ownershipNotes", "accounts", "mail", "mails"})
    public record RecordingView(long id, String state, int attempts, String createdAt, String reasonCode, String failureReason,
                                String recordedAt, String completedAt, String expiredAt, Long splitFrom, int requeues,
                                boolean captureRetained, String format, Long durationMillis, Long sizeBytes, String sha256,
                                String audioUrl, String playUrl, String playUrlExpiresAt, JsonValue statistics,
                                ExportView export, List<XdrView> xdrs, ControlSettings recordingControl, List<SpanView> spans,
                                List<AuditView> audit, List<CueView> announcementCues, List<String> ownershipNotes,
                                List<AccountControl> accounts, MailView mail, List<AccountMailView> mails) {
    }

    /**
     * The recording's e-mail in one line: that of the first entitled account the caller sees which has one
     * (NONE, PENDING, SENT or FAILED, attempts, last error, when sent); NONE when there is none.
     */
    @JsonbPropertyOrder({"state", "attempts", "lastError", "sentAt"})
    public record MailView(String state, int attempts, @JsonbNillable String lastError, @JsonbNillable String sentAt) {
        static MailView of(AccountMail m) {
            return new MailView(m.state().name(), m.attempts(), m.lastError(), text(m.sentAt()));
        }
    }

    /**
     * One account's e-mail of the recording, of the accounts whose xDRs the caller sees: NONE (with the reason
     * in lastError when none was due), PENDING, SENT or FAILED, attempts, last error, when sent.
     */
    @JsonbPropertyOrder({"account", "state", "attempts", "lastError", "sentAt"})
    public record AccountMailView(String account, String state, int attempts, @JsonbNillable String lastError,
                                  @JsonbNillable String sentAt) {
        static AccountMailView of(AccountMail m) {
            return new AccountMailView(m.accountId(), m.state().name(), m.attempts(), m.lastError(), text(m.sentAt()));
        }
    }

    /** An xDR; {@code playUrl} is signed for the caller when the xDR has a "Play" link; the recording's id and state in lists. */
    @JsonbPropertyOrder({"id", "callId", "h323ConfId", "accountId", "callingNumber", "calledNumber", "direction", "connectTime",
            "disconnectTime", "durationSeconds", "accountNumber", "customerId", "playLink", "playUrl", "entitled",
            "recordingNote", "playback", "recordingId", "recordingState"})
    public record XdrView(long id, String callId, String h323ConfId, String accountId, String callingNumber, String calledNumber,
                          String direction, String connectTime, String disconnectTime, long durationSeconds,
                          String accountNumber, String customerId, String playLink, String playUrl, boolean entitled,
                          String recordingNote, String playback, Long recordingId, String recordingState) {

        /** The same xDR with its recording's id and state, for the xDR list. */
        XdrView withRecording(Recording r) {
            return new XdrView(id, callId, h323ConfId, accountId, callingNumber, calledNumber, direction, connectTime,
                    disconnectTime, durationSeconds, accountNumber, customerId, playLink, playUrl, entitled, recordingNote,
                    playback, r.getId(), r.getState().name());
        }
    }

    /**
     * The recording's export to the SFTP storage (admin only): state NONE, PENDING, EXPORTED or FAILED,
     * attempts made, the last error, the remote path of the audio and when the state last changed.
     */
    @JsonbPropertyOrder({"state", "attempts", "lastError", "path", "at"})
    public record ExportView(String state, int attempts, String lastError, String path, String at) {

        /** Null (left out) when the caller is not shown the export. */
        static ExportView of(ExportSummary e) {
            return e == null ? null : new ExportView(e.state().name(), e.attempts(), e.lastError(), e.path(),
                    e.at() == null ? null : e.at().toString());
        }
    }

    @JsonbPropertyOrder({"startedRecorded", "onDemandAllowed", "basis", "ignoredEvents", "ignoredNotAllowed", "mixAnnouncements"})
    public record ControlSettings(boolean startedRecorded, boolean onDemandAllowed, String basis, int ignoredEvents,
                                  int ignoredNotAllowed, boolean mixAnnouncements) {
    }

    @JsonbPropertyOrder({"start", "end", "startedBy", "leg", "parties"})
    public record SpanView(String start, String end, String startedBy, String leg, String parties) {
    }

    @JsonbPropertyOrder({"at", "action", "trigger", "detail", "accepted", "reason"})
    public record AuditView(String at, String action, String trigger, String detail, boolean accepted, String reason) {
    }

    @JsonbPropertyOrder({"at", "prompt"})
    public record CueView(String at, String prompt) {
    }

    @JsonbPropertyOrder({"accountId", "recordingControl", "spans", "audit", "announcementCues", "ownershipNotes"})
    public record AccountControl(String accountId, ControlSettings recordingControl, List<SpanView> spans, List<AuditView> audit,
                                 List<CueView> announcementCues, List<String> ownershipNotes) {
    }

    /** The recording with its xDRs, without its controls (as the lists show it). */
    static RecordingView of(RecordingDetails details, LongFunction<PlayLink> playLinks) {
        return view(details, playLinks, null, List.of());
    }

    /** The recording with its xDRs and every account's controls. */
    static RecordingView withControls(RecordingDetails details, LongFunction<PlayLink> playLinks) {
        List<ControlDetails> controls = details.controls();
        if (controls.isEmpty()) {
            return of(details, playLinks);
        }
        ControlDetails first = controls.stream().filter(c -> details.xdrs().stream()
                .anyMatch(x -> x.isEntitled() && x.getAccountId().equals(c.accountId()))).findFirst().orElse(controls.get(0));
        return view(details, playLinks, account(first), controls.stream().map(RecordingViews::account).toList());
    }

    private static RecordingView view(RecordingDetails details, LongFunction<PlayLink> playLinks, AccountControl first,
                                      List<AccountControl> accounts) {
        Recording r = details.recording();
        boolean audio = r.getState().hasAudio() && !r.isExpired();
        PlayLink link = audio ? playLinks.apply(r.getId()) : null;
        // The statistics the conversion stored (written by Jackson in media) are parsed once and bound as a
        // JSON value, not embedded as raw text: JSON-B has no raw write, and the stored text spells some numbers
        // differently (1.0E-5) from what this API has always answered (0.000010, JSON-P's BigDecimal form).
        JsonValue statistics = r.getStatistics() == null ? null
                : Json.createReader(new StringReader(r.getStatistics())).readValue();
        return new RecordingView(r.getId(), r.getState().name(), r.getAttempts(), r.getCreatedAt().toString(),
                text(r.getReasonCode()), r.getFailureReason(), text(r.getRecordedAt()), text(r.getCompletedAt()),
                text(r.getExpiredAt()), r.getSplitFrom(), r.getRequeues(),
                r.getCapturePath() != null && Files.isRegularFile(Path.of(r.getCapturePath())),
                audio ? r.getFormat() : null, audio ? r.getDurationMillis() : null, audio ? r.getSizeBytes() : null,
                audio ? r.getSha256() : null, audio ? ConversionOutcomes.playLink(r.getId()) : null,
                audio ? link.url() : null, audio ? link.expiresAt().toString() : null, statistics,
                ExportView.of(details.export()), details.xdrs().stream().map(x -> xdr(x, playLinks)).toList(),
                first == null ? null : first.recordingControl(), first == null ? null : first.spans(),
                first == null ? null : first.audit(), first == null ? null : first.announcementCues(),
                first == null ? null : first.ownershipNotes(), accounts.isEmpty() ? null : accounts,
                MailView.of(details.mail()), details.mails().stream().map(AccountMailView::of).toList());
    }

    private static AccountControl account(ControlDetails c) {
        ControlSettings settings = new ControlSettings(c.startedRecorded(), c.onDemandAllowed(),
                c.basis() == null ? "" : c.basis(), c.ignoredEvents(), c.ignoredNotAllowed(), c.mixAnnouncements());
        List<SpanView> spans = c.spans().stream().map(s -> new SpanView(s.span().start().toString(), s.span().end().toString(),
                s.span().startedBy().jsonName(), s.legId(), s.parties())).toList();
        List<AuditView> audit = c.audit().stream().map(a -> new AuditView(a.at().toString(),
                a.action().name().toLowerCase(Locale.ROOT), a.trigger().jsonName(), a.detail() == null ? "" : a.detail(),
                a.accepted(), a.reason() == null ? "" : a.reason())).toList();
        List<CueView> cues = c.announcementCues().stream().map(cue -> new CueView(cue.at().toString(),
                cue.action() == Action.START ? "started" : "stopped")).toList();
        return new AccountControl(c.accountId(), settings, spans, audit, cues, List.copyOf(c.ownershipNotes()));
    }

    /** An xDR; its {@code playUrl} is signed for the caller when the xDR has a "Play" link. */
    static XdrView xdr(Xdr x, LongFunction<PlayLink> playLinks) {
        return new XdrView(x.getId(), x.getCallId(), x.getH323ConfId(), x.getAccountId(), x.getCallingNumber(),
                x.getCalledNumber(), x.getDirection().name().toLowerCase(Locale.ROOT), x.getConnectTime().toString(),
                x.getDisconnectTime().toString(), x.getDurationSeconds(), x.getAccountNumber(), x.getCustomerId(),
                x.getPlayLink(), x.getPlayLink() == null ? null : playLinks.apply(x.getRecording().getId()).url(),
                x.isEntitled(), x.getRecordingNote(),
                x.isPlaybackExpired() ? "expired" : x.getPlayLink() != null ? "available" : "none", null, null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
