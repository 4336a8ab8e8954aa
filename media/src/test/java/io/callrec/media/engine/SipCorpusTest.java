package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.callrec.media.call.CallParty;
import io.callrec.media.call.CallSignalling;
import io.callrec.media.call.MediaUpdate;
import io.callrec.media.call.SignallingCollector;
import io.callrec.media.call.SipDialog;
import io.callrec.media.call.SipInfoEvent;
import io.callrec.media.codec.PayloadKind;
import io.callrec.media.sdp.MediaDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIP/SDP knowledge on the real captures of the corpus ({@code callrec.corpus.dir}, MANIFEST.md;
 * skipped when absent). Facts asserted were read with TShark 4.0 ({@code tshark -r F -Y sip -T fields
 * -e ip.src -e ip.dst -e sip.Method -e sip.Status-Code -e sdp.connection_info -e sdp.media
 * -e sdp.media_attr} and {@code -q -z rtp,streams}). Where the capture layer cannot read the SIP yet
 * (TCP, PPPoE) the SIP bytes are extracted with TShark and fed to the same collector.
 */
class SipCorpusTest {

    @TempDir
    Path dir;

    private static Path corpusFile(String name) {
        String configured = System.getProperty("callrec.corpus.dir", "");
        Path file = configured.isEmpty() ? null : Path.of(configured, name);
        Assumptions.assumeTrue(file != null && Files.exists(file), "corpus file " + name + " not found; skipped");
        return file;
    }

    private static LegPlan plan(StreamScan.Result scan, CallSignalling signalling) throws MediaException {
        CallSelection selection = CallSelection.choose(scan.streams(), signalling, ConversionOptions.defaults());
        return new LegPlan(selection.streams(), selection.assignments());
    }

    private static LegPlan.Leg legFrom(LegPlan plan, String source) {
        return plan.legs().stream().filter(l -> l.direction().source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void magicJackCallerAndCalleeComeFromTheInvite() throws Exception {
        Path capture = corpusFile("g711u-sip-bidir-call-magicjack.pcap");
        ConversionResult r = new MediaEngine().convert(capture, dir.resolve("mj.wav"),
                new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
        assertThat(r.calls()).singleElement().satisfies(c -> {
            assertThat(c.caller()).isEqualTo("sip:E646657195201@talk4free.com");
            assertThat(c.callee()).isEqualTo("sip:9055551212@talk4free.com");
            assertThat(c.converted()).isTrue();
            assertThat(c.byeMillis()).isGreaterThan(c.answerMillis());
        });
        // INVITE from 192.168.0.10 offers audio at 192.168.0.10:49154; the 183/200 answer 216.234.64.16:54550.
        assertThat(r.legs()).extracting(LegStatistics::source, LegStatistics::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("192.168.0.10:49154", "caller"),
                org.assertj.core.groups.Tuple.tuple("216.234.64.16:54550", "callee"));
    }

    @Test
    void lateOfferCallTakesTelephoneEventPt96FromTheSdp() throws Exception {
        Path capture = corpusFile("g711a-sip-bidir-30ms-dtmf-pt96.pcap");
        StreamScan.Result scan = StreamScan.run(capture);
        SipDialog call = scan.signalling().find("25672@192.168.105.110").orElseThrow();
        // Late offer: the INVITE has no SDP; 200 OK offers 8 0 18 96, the ACK answers 8 96.
        assertThat(call.updates()).extracting(MediaUpdate::side, MediaUpdate::carrier).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CallParty.CALLEE, "200 INVITE"),
                org.assertj.core.groups.Tuple.tuple(CallParty.CALLER, "ACK"));
        MediaDescription caller = call.latest(CallParty.CALLER).audio().get(0);
        assertThat(caller.telephoneEventType()).isEqualTo(96);
        assertThat(caller.telephoneEventClock()).isEqualTo(8000);
        assertThat(scan.signalling().find("5514@192.168.105.110").orElseThrow().failureStatus()).isEqualTo(603);

        ConversionResult r = new MediaEngine().convert(capture, dir.resolve("pt96.wav"), ConversionOptions.defaults());
        assertThat(r.legs()).hasSize(2).allSatisfy(l -> {
            assertThat(l.unsupported()).isZero();
            assertThat(l.callId()).isEqualTo("25672@192.168.105.110");
        });
        assertThat(r.legs()).extracting(LegStatistics::role).containsExactlyInAnyOrder("caller", "callee");
        assertThat(r.legs()).filteredOn(l -> l.source().equals("192.168.105.172:4376")).singleElement()
                .satisfies(l -> assertThat(l.codecs()).containsExactly("PCMA", "telephone-event"));
    }

    @Test
    void twoCallsInTurnAreSeparatedAndEitherCanBeConverted() throws Exception {
        Path capture = corpusFile("g711u-then-g711a-sip-wireshark.pcap");
        MediaEngine engine = new MediaEngine();
        ConversionResult first = engine.convert(capture, dir.resolve("1.wav"), ConversionOptions.defaults());
        assertThat(first.calls()).extracting(CallInfo::callId, CallInfo::converted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1-1966@10.0.2.20", true),
                org.assertj.core.groups.Tuple.tuple("1-1968@10.0.2.20", false));
        assertThat(first.legs()).singleElement().satisfies(l -> assertThat(l.codecs()).containsExactly("PCMU"));
        ConversionResult second = engine.convert(capture, dir.resolve("2.wav"),
                ConversionOptions.defaults().withCallId("1-1968@10.0.2.20"));
        // Call 2: PCMA, 414 packets from 10.0.2.15:28102, 8.642778 s to 16.902786 s in TShark.
        assertThat(second.legs()).singleElement().satisfies(l -> {
            assertThat(l.codecs()).containsExactly("PCMA");
            assertThat(l.packets()).isEqualTo(414);
            assertThat(l.source()).isEqualTo("10.0.2.15:28102");
        });
        assertThat(second.durationMillis()).isCloseTo(8_280, within(20L));
    }

    @Test
    void sdpRtpmapGivesTheLegItsClockRateWhereThePayloadTypeIsDynamic() throws Exception {
        // SDP binds PT 99 to opus/48000/2; the same packets without SIP leave the clock unknown (0).
        StreamScan.Result scan = StreamScan.run(corpusFile("opus-48k-fullband-sip-wireshark.pcap"));
        assertThat(plan(scan, scan.signalling()).legs()).singleElement()
                .satisfies(l -> assertThat(l.clockRate()).isEqualTo(48000));
        StreamScan.Result bare = StreamScan.run(corpusFile("opus-48k-fullband-nosip-wireshark.pcap"));
        assertThat(plan(bare, bare.signalling()).legs()).singleElement()
                .satisfies(l -> assertThat(l.clockRate()).isZero());
    }

    @Test
    void siprecAnswerWithTwoAudioLinesGivesEachStreamItsRole() throws Exception {
        Path capture = corpusFile("g722-siprec-dual-stream-sip-miarec.pcap");
        StreamScan.Result scan = StreamScan.run(capture);
        SipDialog call = scan.signalling().dialogs().get(0);
        // Only the INVITE's last fragment was captured: the dialog starts from the 100/200 responses.
        assertThat(call.initialInviteSeen()).isFalse();
        assertThat(call.latest(CallParty.CALLEE).audio()).extracting(MediaDescription::endpoint)
                .containsExactly("18.220.121.163:23832", "18.220.121.163:22716");
        LegPlan plan = plan(scan, scan.signalling());
        assertThat(plan.legs()).hasSize(2);
        assertThat(plan.legs()).filteredOn(l -> l.direction().destination().equals("18.220.121.163:23832"))
                .singleElement().satisfies(l -> assertThat(l.role()).isEqualTo(CallParty.CALLER));
        assertThat(plan.legs()).filteredOn(l -> l.direction().destination().equals("18.220.121.163:22716"))
                .singleElement().satisfies(l -> assertThat(l.role()).isEqualTo(CallParty.CALLEE));
    }

    @Test
    void sipOverTcpGivesRolesAndTelephoneEventPt98() throws Exception {
        Path capture = corpusFile("g711a-sip-tcp-bidir-dtmf-pt98-lundgrel.pcap");
        StreamScan.Result scan = StreamScan.run(capture);
        CallSignalling signalling = scan.signalling().isEmpty() ? tcpSignallingViaTshark(capture) : scan.signalling();
        SipDialog call = signalling.find("wICUpfWaoQE5Q18tlxgjGQ..").orElseThrow();
        assertThat(call.latest(CallParty.CALLER).audio().get(0).endpoint()).isEqualTo("213.64.235.116:28832");
        assertThat(call.latest(CallParty.CALLEE).audio().get(0).telephoneEventType()).isEqualTo(98);
        LegPlan plan = plan(scan, signalling);
        LegPlan.Leg caller = legFrom(plan, "213.64.235.116:28832");
        assertThat(caller.role()).isEqualTo(CallParty.CALLER);
        assertThat(caller.payloads().classify(98, new byte[4], 0, 4)).isEqualTo(PayloadKind.EVENT);
        assertThat(legFrom(plan, "217.214.169.162:40000").role()).isEqualTo(CallParty.CALLEE);
        if (!scan.signalling().isEmpty()) {
            ConversionResult r = new MediaEngine().convert(capture, dir.resolve("tcp.wav"), ConversionOptions.defaults());
            assertThat(r.legs()).extracting(LegStatistics::role).containsExactlyInAnyOrder("caller", "callee");
        }
    }

    @Test
    void sipInfoDtmfRelayOverPppoeIsKeptWithTimes() throws Exception {
        Path capture = corpusFile("sip-info-dtmf-relay-pppoe-nortp.pcap");
        CallSignalling signalling = StreamScan.run(capture).signalling();
        if (signalling.isEmpty()) {
            // The capture layer does not read PPPoE yet: take the SIP datagrams from TShark instead.
            SignallingCollector collector = new SignallingCollector();
            for (String[] row : tshark(capture, "sip", "frame.time_epoch", "udp.payload")) {
                byte[] b = HexFormat.of().parseHex(row[1]);
                collector.datagram(b, 0, b.length, nanos(row[0]));
            }
            signalling = collector.result();
        }
        SipDialog call = signalling.find("2091060b-146f-e011-809a-0019cb53db77@admind-desktop").orElseThrow();
        // Four INFOs (CSeq 7-10) with "Signal= 1" and "Duration= 180" bodies.
        assertThat(call.infoEvents()).hasSize(4).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(SipInfoEvent.Kind.DTMF);
            assertThat(e.sender()).isEqualTo(CallParty.CALLER);
        });
        assertThat(call.infoEvents()).extracting(SipInfoEvent::captureNanos).containsExactly(
                1_303_892_076_869_586_000L, 1_303_892_080_600_416_000L, 1_303_892_146_275_825_000L,
                1_303_892_148_231_547_000L);
        assertThat(call.infoEvents().get(0).value()).isEqualTo("1");
        assertThat(call.infoEvents().get(0).durationMillis()).isEqualTo(180);
    }

    /** Feeds each TCP direction's payloads, in frame order, to the stream framer. */
    private static CallSignalling tcpSignallingViaTshark(Path capture) throws IOException, InterruptedException {
        SignallingCollector collector = new SignallingCollector();
        for (String[] row : tshark(capture, "tcp.len>0", "frame.time_epoch", "ip.src", "tcp.srcport", "ip.dst",
                "tcp.dstport", "tcp.payload")) {
            byte[] b = HexFormat.of().parseHex(row[5]);
            collector.streamBytes(row[1] + ":" + row[2] + " -> " + row[3] + ":" + row[4], b, 0, b.length, nanos(row[0]));
        }
        return collector.result();
    }

    private static long nanos(String epoch) {
        String[] parts = epoch.split("\\.");
        String fraction = (parts.length > 1 ? parts[1] : "") + "000000000";
        return Long.parseLong(parts[0]) * 1_000_000_000L + Long.parseLong(fraction.substring(0, 9));
    }

    private static List<String[]> tshark(Path capture, String filter, String... fields)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tshark", "-r", capture.toString(), "-Y", filter, "-T", "fields"));
        for (String f : fields) {
            command.add("-e");
            command.add(f);
        }
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            Assumptions.abort("tshark not installed: " + e.getMessage());
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "tshark failed; skipped");
        List<String[]> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
    @Test
    void callsAreAnchoredAtTheOkOfTheirInitialInvite() throws Exception {
        MediaEngine engine = new MediaEngine();
        // MagicJack: INVITE, 401, INVITE (CSeq 2), 183 with early media from 1334245222.765593, 200 OK
        // (CSeq 2) at 1334245231.438652: the answer, 8.7 s after the first RTP packet.
        ConversionResult magicJack = engine.analyse(corpusFile("g711u-sip-bidir-call-magicjack.pcap"));
        assertThat(magicJack.clockAnchor()).isEqualTo(new ClockAnchor(ClockAnchor.Kind.SIP_ANSWER,
                1_334_245_231_438_652_000L));
        // SIPREC: only the INVITE's last fragment was captured; 100 and 200 OK (CSeq 1) at 1722563702.764907.
        ConversionResult siprec = engine.analyse(corpusFile("g722-siprec-dual-stream-sip-miarec.pcap"));
        assertThat(siprec.clockAnchor()).isEqualTo(new ClockAnchor(ClockAnchor.Kind.SIP_ANSWER,
                1_722_563_702_764_907_000L));
        // Two calls in turn: each is anchored at its own 200 OK (1480171979.670743, 1480171988.290862).
        Path twoCalls = corpusFile("g711u-then-g711a-sip-wireshark.pcap");
        assertThat(engine.analyse(twoCalls).clockAnchor().epochNanos()).isEqualTo(1_480_171_979_670_743_000L);
        assertThat(engine.convert(twoCalls, dir.resolve("second.wav"),
                ConversionOptions.defaults().withCallId("1-1968@10.0.2.20")).clockAnchor())
                .isEqualTo(new ClockAnchor(ClockAnchor.Kind.SIP_ANSWER, 1_480_171_988_290_862_000L));
    }
}
