package io.callrec.media.sip;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testkit.SipMessageBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SipStreamFramerTest {

    private final SipStreamFramer framer = new SipStreamFramer();
    private final List<SipMessage> out = new ArrayList<>();

    private static byte[] message(int cseq, String body) {
        return SipMessageBuilder.request("INFO", "sip:b@b").dialog("c", "sip:a@a", "ta", "sip:b@b", "tb", cseq, "INFO")
                .body("application/dtmf-relay", body).build();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            s.writeBytes(p);
        }
        return s.toByteArray();
    }

    private void feed(byte[] b) {
        framer.feed(b, 0, b.length, out::add);
    }

    @Test
    void backToBackMessagesAreSplitByContentLength() {
        feed(concat(message(1, "Signal=1\r\nDuration=100\r\n"), message(2, "Signal=2\r\n")));
        assertThat(out).extracting(SipMessage::cseqNumber).containsExactly(1L, 2L);
        assertThat(out.get(1).bodyText()).isEqualTo("Signal=2\r\n");
        assertThat(framer.messages()).isEqualTo(2);
    }

    @Test
    void messageArrivingByteByByteIsEmittedOnceComplete() {
        byte[] m = message(5, "Signal=5\r\n");
        for (int i = 0; i < m.length; i++) {
            framer.feed(m, i, 1, out::add);
            assertThat(out).hasSize(i == m.length - 1 ? 1 : 0);
        }
        assertThat(out.get(0).bodyText()).isEqualTo("Signal=5\r\n");
    }

    @Test
    void keepAlivesAndGarbageBetweenMessagesAreSkippedAndCounted() {
        byte[] garbage = "\u0001\u0002junk line\r\nmore junk\r\n".getBytes(StandardCharsets.ISO_8859_1);
        feed(concat("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), message(1, "a"), garbage, message(2, "b")));
        assertThat(out).extracting(SipMessage::cseqNumber).containsExactly(1L, 2L);
        assertThat(framer.skippedBytes()).isEqualTo(garbage.length);
    }

    @Test
    void resetAfterAGapDropsThePartialMessage() {
        byte[] first = message(1, "a");
        framer.feed(first, 0, first.length / 2, out::add);
        framer.reset();
        feed(message(2, "b"));
        assertThat(out).extracting(SipMessage::cseqNumber).containsExactly(2L);
    }

    @Test
    void randomStreamsNeverThrowAndStayBounded() {
        Random random = new Random(7);
        byte[] chunk = new byte[1500];
        for (int i = 0; i < 500; i++) {
            random.nextBytes(chunk);
            if (i % 10 == 0) {
                byte[] m = message(i, "x");
                System.arraycopy(m, 0, chunk, 100, m.length);
            }
            framer.feed(chunk, 0, chunk.length, out::add);
        }
        assertThat(framer.skippedBytes()).isPositive();
    }
}
