package io.callrec.media.bench;

import io.callrec.media.sdp.SdpParser;
import io.callrec.media.sip.SipMessage;
import io.callrec.media.sip.SipParser;
import io.callrec.media.testkit.SipMessageBuilder;

/**
 * Not a test: parses a typical INVITE with SDP (headers, then the SDP body) repeatedly and prints
 * the mean time per message, for comparison with other SIP parsers.
 */
public final class SipParseBench {

    private SipParseBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        byte[] invite = SipMessageBuilder.request("INVITE", "sip:bob@198.51.100.2")
                .dialog("a84b4c76e66710@pc33.atlanta.example", "sip:alice@atlanta.example", "1928301774",
                        "sip:bob@biloxi.example", null, 314159, "INVITE")
                .header("Max-Forwards", "70").header("Contact", "<sip:alice@192.0.2.10>")
                .header("Allow", "INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, NOTIFY, INFO")
                .body("application/sdp", SipMessageBuilder.audioSdp("192.0.2.10", 49170, "0 8 101 13",
                        "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-16", "a=ptime:20", "a=sendrecv"))
                .build();
        long sink = 0;
        for (int pass = 0; pass < 2; pass++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                SipMessage m = SipParser.parse(invite, 0, invite.length);
                sink += m.callId().length() + SdpParser.parse(m.sdp()).media().size();
            }
            double micros = (System.nanoTime() - t0) / 1e3 / rounds;
            System.out.printf("%s pass: %.2f µs per INVITE (SIP + SDP), %d bytes%n",
                    pass == 0 ? "warm-up" : "measured", micros, invite.length);
        }
        System.out.println("checksum " + sink);
    }
}
