package io.callrec.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.RecordingState;
import io.callrec.domain.xdr.CallDirection;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingMessageTest {

    private static final RecordingMessage.Call CALL = new RecordingMessage.Call(7, "14155550100", "14155550199",
            CallDirection.OUTGOING, Instant.parse("2026-11-26T09:00:00Z"), 65_400, RecordingState.AVAILABLE, null);

    @Test
    void subjectNamesPartiesDirectionTimeAndDuration() {
        RecordingMessage m = RecordingMessage.compose(CALL, RecordingMessage.Audio.attached("recording-7.wav"));
        assertThat(m.subject()).isEqualTo(
                "Call recording: outgoing call 14155550100 \u2192 14155550199 on 2026-11-26 09:00:00 UTC (1 min 05 s)");
    }

    @Test
    void bothBodiesNameTheCallAndTheAttachment() {
        RecordingMessage m = RecordingMessage.compose(CALL, RecordingMessage.Audio.attached("recording-7.wav"));
        for (String body : new String[] {m.text(), m.html()}) {
            assertThat(body).contains("14155550100", "14155550199", "outgoing", "2026-11-26 09:00:00 UTC", "1 min 05 s",
                    "attached (recording-7.wav)");
        }
        assertThat(m.html()).startsWith("<html>").doesNotContain("<a ");
    }

    @Test
    void aLinkedRecordingCarriesTheSignedUrlAndItsExpiry() {
        String url = "https://rec.example.net/api/v1/recordings/7/audio?u=alice&exp=1&sig=ab&x=1";
        RecordingMessage m = RecordingMessage.compose(CALL,
                RecordingMessage.Audio.linked(url, Instant.parse("2026-12-03T09:00:00Z")));
        assertThat(m.text()).contains(url, "until 2026-12-03 09:00:00 UTC").doesNotContain("attached");
        assertThat(m.html()).contains("href=\"" + url.replace("&", "&amp;") + "\"");
    }

    @Test
    void aPartialRecordingSaysWhatIsMissing() {
        RecordingMessage.Call partial = new RecordingMessage.Call(7, "1", "2", CallDirection.INCOMING,
                Instant.parse("2026-11-26T09:00:00Z"), 3_000, RecordingState.PARTIAL, "1999 ms of 5000 ms <missing>");
        RecordingMessage m = RecordingMessage.compose(partial, RecordingMessage.Audio.attached("r.wav"));
        assertThat(m.text()).contains("Part of the call is missing", "1999 ms of 5000 ms <missing>");
        assertThat(m.html()).contains("1999 ms of 5000 ms &lt;missing&gt;");
    }

    @Test
    void withoutAttachmentOrLinkTheMessageSaysWhoGivesAccess() {
        RecordingMessage m = RecordingMessage.compose(CALL, RecordingMessage.Audio.notIncluded());
        assertThat(m.text()).contains("too large to attach").doesNotContain("http");
        assertThat(m.html()).doesNotContain("<a ");
    }

    @Test
    void durationsReadAsSecondsMinutesAndHours() {
        assertThat(RecordingMessage.duration(42_400)).isEqualTo("42 s");
        assertThat(RecordingMessage.duration(3_723_000)).isEqualTo("1 h 02 min 03 s");
    }

    @Test
    void theMessageIdIsTheSameForEveryAttemptOfARecordingToOneAccount() {
        assertThat(RecordingMessage.messageId(7, "1001", "rec.example.net"))
                .isEqualTo("<recording-7.1001.callrec@rec.example.net>")
                .isEqualTo(RecordingMessage.messageId(7, "1001", "rec.example.net"));
    }

    @Test
    void twoAccountsOfOneRecordingGetDifferentMessageIds() {
        assertThat(RecordingMessage.messageId(7, "1001", "h")).isNotEqualTo(RecordingMessage.messageId(7, "1002", "h"));
    }

    @Test
    void anAccountIdOutsideLettersDigitsDashAndUnderscoreIsEncodedSoTheIdStaysValidAndDistinct() {
        assertThat(RecordingMessage.messageId(7, "a.b c@d", "h")).isEqualTo("<recording-7.a=2Eb=20c=40d.callrec@h>");
        assertThat(RecordingMessage.messageId(7, "é>", "h")).isEqualTo("<recording-7.=C3=A9=3E.callrec@h>");
        assertThat(RecordingMessage.messageId(7, "a=2E", "h")).as("an '=' of the id is encoded too")
                .isEqualTo("<recording-7.a=3D2E.callrec@h>")
                .isNotEqualTo(RecordingMessage.messageId(7, "a.", "h"));
        assertThat(RecordingMessage.messageId(7, "mail-1f_2A", "h")).isEqualTo("<recording-7.mail-1f_2A.callrec@h>");
    }
}
