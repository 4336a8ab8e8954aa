package io.callrec.media.call;

import static io.callrec.media.testkit.SipMessageBuilder.audioSdp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideFileTest {

    private static final String CALLER_SDP = audioSdp("10.0.0.1", 20000, "8 101", "a=rtpmap:101 telephone-event/8000");
    private static final String CALLEE_SDP = audioSdp("10.0.0.2", 30000, "8");

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** One rtpengine ".meta" chunk: label line, "LENGTH:" line, the bytes, a blank line. */
    private static String chunk(String label, String content) {
        return label + "\n" + content.getBytes(StandardCharsets.UTF_8).length + ":\n" + content + "\n\n";
    }

    @Test
    void jsonSideFileGivesBothSidesSdpAndMetadata() throws IOException {
        String json = "{\"callId\":\"abc@host\",\"caller\":{\"sdp\":" + quote(CALLER_SDP) + "},"
                + "\"callee\":{\"sdp\":[" + quote(CALLEE_SDP) + "]},\"metadata\":\"agent=42\",\"extra\":1}";
        SideFile f = SideFile.read(write("call.json", json));
        assertThat(f.callId()).isEqualTo("abc@host");
        assertThat(f.callerSdps()).containsExactly(CALLER_SDP);
        assertThat(f.calleeSdps()).containsExactly(CALLEE_SDP);
        assertThat(f.metadata()).isEqualTo("agent=42");
        SipDialog d = f.toDialog();
        assertThat(d.callId()).isEqualTo("abc@host");
        assertThat(d.latest(Role.CALLER).audio().get(0).endpoint()).isEqualTo("10.0.0.1:20000");
        assertThat(d.latest(Role.CALLEE).audio().get(0).endpoint()).isEqualTo("10.0.0.2:30000");
    }

    @Test
    void rtpengineSpoolMetaChunksAssignTheFirstOffererAsCaller() throws IOException {
        String meta = chunk("CALL-ID", "xyz@pbx") + chunk("PARENT", "xyz@pbx-0123456789abcdef")
                + chunk("TAG 1", "from-tag") + chunk("SDP from 1 before offer", CALLER_SDP)
                + chunk("SDP from 1 after offer", audioSdp("203.0.113.5", 40000, "8"))
                + chunk("SDP from 2 before answer", CALLEE_SDP)
                + chunk("METADATA", "customer=7|queue=sales");
        SideFile f = SideFile.read(write("x.meta", meta));
        assertThat(f.callId()).isEqualTo("xyz@pbx");
        assertThat(f.callerSdps()).hasSize(2).first().isEqualTo(CALLER_SDP);
        assertThat(f.calleeSdps()).containsExactly(CALLEE_SDP);
        assertThat(f.metadata()).isEqualTo("customer=7|queue=sales");
        assertThat(f.toDialog().audio(Role.CALLER)).extracting(m -> m.endpoint())
                .containsExactly("10.0.0.1:20000", "203.0.113.5:40000");
    }

    @Test
    void rtpenginePcapMetadataTextSplitsSdpsByModeAndOrigin() throws IOException {
        String calleeReoffer = CALLEE_SDP.replace("30000", "30002");
        String text = "/var/spool/rtpengine/pcaps/xyz-0123.pcap\n\n"
                + "\nTimestamp started ms: 1700000000000.000\nSDP mode: offer\nSDP before RTP packet: 1\n\n" + CALLER_SDP
                + "\nLabel: callee\nTimestamp started ms: 1700000000100.000\nSDP mode: answer\nSDP before RTP packet: 1\n\n"
                + CALLEE_SDP
                + "\nTimestamp started ms: 1700000005000.000\nSDP mode: offer\nSDP before RTP packet: 250\n\n"
                + calleeReoffer
                + "\nTimestamp terminated ms(first monologue): 1700000009000.000\n\ncall start time: 2023-11-14T22:13:20\n"
                + "call end time: 2023-11-14T22:13:29\n\n\nagent=42\n";
        SideFile f = SideFile.read(write("x.txt", text));
        assertThat(f.callerSdps()).hasSize(1);
        assertThat(f.calleeSdps()).hasSize(2);
        assertThat(f.calleeSdps().get(1)).contains("m=audio 30002");
        assertThat(f.metadata()).isEqualTo("agent=42");
    }

    @Test
    void unknownContentOrMissingSdpIsRefused() throws IOException {
        assertThatThrownBy(() -> SideFile.read(write("a.txt", "hello world\n"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SideFile.read(write("b.json", "{\"callId\":\"x\"}")))
                .isInstanceOf(IOException.class).hasMessageContaining("no SDP");
        assertThatThrownBy(() -> SideFile.read(write("c.json", "{not json"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SideFile.read(write("d.meta", "CALL-ID\nabc:\n")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SideFile.read(dir.resolve("missing.json"))).isInstanceOf(IOException.class);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
