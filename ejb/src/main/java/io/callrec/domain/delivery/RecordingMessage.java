package io.callrec.domain.delivery;

import io.callrec.domain.recording.RecordingState;
import io.callrec.domain.xdr.CallDirection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a recording's e-mail, plain text and HTML alike: the subject and body name the call
 * (its parties, direction, time in UTC and duration) and say how to get the audio, attached or behind a
 * signed play link that expires. Pure: the transport turns it into a MIME message.
 */
public record RecordingMessage(String subject, String text, String html) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** The call as the message names it. */
    public record Call(long recordingId, String callingNumber, String calledNumber, CallDirection direction,
                       Instant connectTime, long durationMillis, RecordingState state, String reason) {
    }

    /**
     * How the audio reaches the reader: attached under {@code fileName}, a link valid until {@code expires},
     * or neither (too large to attach and the account has no user a link could be signed for).
     */
    public record Audio(String fileName, String playUrl, Instant expires) {
        public static Audio attached(String fileName) {
            return new Audio(fileName, null, null);
        }

        public static Audio linked(String playUrl, Instant expires) {
            return new Audio(null, playUrl, expires);
        }

        public static Audio notIncluded() {
            return new Audio(null, null, null);
        }

        public boolean isAttached() {
            return fileName != null;
        }

        public boolean isLinked() {
            return playUrl != null;
        }
    }

    /**
     * The Message-ID of a recording's mail to one account: the same on every attempt, so a resent one is
     * recognisable, and different for each account, so two accounts' messages of one recording are told
     * apart. The account id is written with letters, digits, '-' and '_' as they are and every other
     * byte of its UTF-8 form as {@code =XX} (hex), which keeps the id valid and two accounts' ids distinct.
     */
    public static String messageId(long recordingId, String accountId, String host) {
        return "<recording-" + recordingId + "." + idPart(accountId) + ".callrec@" + host + ">";
    }

    static String idPart(String accountId) {
        StringBuilder part = new StringBuilder();
        for (byte b : accountId.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                part.append(c);
            } else {
                part.append('=').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return part.toString();
    }

    public static RecordingMessage compose(Call call, Audio audio) {
        String parties = call.callingNumber() + " \u2192 " + call.calledNumber();
        String direction = call.direction().name().toLowerCase(Locale.ROOT);
        String when = WHEN.format(call.connectTime());
        String duration = duration(call.durationMillis());
        String subject = "Call recording: " + direction + " call " + parties + " on " + when + " (" + duration + ")";
        String partial = call.state() == RecordingState.PARTIAL
                ? "Part of the call is missing from the recording: " + call.reason() : null;
        String how = audio.isAttached() ? "The recording is attached (" + audio.fileName() + ")."
                : audio.isLinked() ? "Play or download the recording here (the link works until "
                + WHEN.format(audio.expires()) + "):"
                : "The recording is too large to attach; your service provider can give you access to it.";

        StringBuilder text = new StringBuilder()
                .append("Your call was recorded.\n\n")
                .append("From:      ").append(call.callingNumber()).append('\n')
                .append("To:        ").append(call.calledNumber()).append('\n')
                .append("Direction: ").append(direction).append('\n')
                .append("Time:      ").append(when).append('\n')
                .append("Duration:  ").append(duration).append("\n\n");
        if (partial != null) {
            text.append(partial).append("\n\n");
        }
        text.append(how).append('\n');
        if (audio.isLinked()) {
            text.append(audio.playUrl()).append('\n');
        }
        text.append("\nRecording ").append(call.recordingId()).append('\n');

        StringBuilder html = new StringBuilder()
                .append("<html><body><p>Your call was recorded.</p><table>")
                .append(row("From", call.callingNumber())).append(row("To", call.calledNumber()))
                .append(row("Direction", direction)).append(row("Time", when)).append(row("Duration", duration))
                .append("</table>");
        if (partial != null) {
            html.append("<p>").append(escape(partial)).append("</p>");
        }
        html.append("<p>").append(escape(how));
        if (audio.isLinked()) {
            html.append(" <a href=\"").append(escape(audio.playUrl())).append("\">Play the recording</a>");
        }
        html.append("</p><p>Recording ").append(call.recordingId()).append("</p></body></html>");
        return new RecordingMessage(subject, text.toString(), html.toString());
    }

    /** "1 min 05 s", "42 s", "1 h 02 min 03 s": whole seconds, rounded. */
    static String duration(long millis) {
        long s = Math.round(millis / 1000.0);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min %02d s", s / 3600, s / 60 % 60, s % 60);
    }

    private static String row(String label, String value) {
        return "<tr><th align=\"left\">" + label + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
