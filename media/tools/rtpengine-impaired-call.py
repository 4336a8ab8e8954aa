#!/usr/bin/env python3
"""A two-way G.711 call recorded by a real media proxy (rtpengine, loopback only), sent through the
same seeded network model as io.callrec.media.testkit.NetworkImpairment: 1-3 packet loss bursts,
reordering (a packet 21-60 ms late), exponential jitter, queue spikes of 50-100 ms, duplicates, and
optionally a sender clock that runs fast or slow. Speech comes from espeak-ng, two voices taking
turns. Everything sent is kept in OUT/leg-a.* and OUT/leg-b.* for
RecordedCallFidelity, which measures a recording of the call against it
(java -jar benchmarks/target/callrec-benchmarks.jar RecordedCallFidelity OUT, see BENCHMARKS.md).

  media/tools/rtpengine-impaired-call.py OUT [--seconds 20] [--loss 0.035] [--reorder 0.02]
      [--b-start-ms 50] [--drift-a-ppm 0] [--drift-b-ppm 0] [--seed 1]

Needs rtpengine (Debian rtpengine-daemon), espeak-ng and ffmpeg; sends only to 127.0.0.1.
The recording is OUT/rec/pcaps/*.pcap with rtpengine's metadata in OUT/rec/metadata/.
"""
import argparse
import heapq
import math
import os
import random
import resource
import signal
import socket
import struct
import subprocess
import sys
import time

NG_PORT = 22412
LINES = [
    ("a", "Hello, this is the billing department, how can I help you today?"),
    ("b", "Hi, I was charged twice for my last call to Berlin."),
    ("a", "I am sorry to hear that. Could you give me your account number, please?"),
    ("b", "Sure, it is one zero zero one, and the call was on Monday morning."),
    ("a", "Thank you. I can see two charges of four dollars and twenty cents."),
    ("b", "Exactly, the second one should not be there."),
    ("a", "You are right. I will refund it today, and you will see it on your next invoice."),
    ("b", "Great, thank you very much for your help."),
    ("a", "You are welcome. Is there anything else I can do for you?"),
    ("b", "No, that is all. Have a nice day."),
]


def bencode(value):
    if isinstance(value, int):
        return b"i%de" % value
    if isinstance(value, str):
        value = value.encode()
    if isinstance(value, bytes):
        return b"%d:%s" % (len(value), value)
    if isinstance(value, list):
        return b"l" + b"".join(bencode(v) for v in value) + b"e"
    if isinstance(value, dict):
        return b"d" + b"".join(bencode(k) + bencode(value[k]) for k in sorted(value)) + b"e"
    raise TypeError(value)


def bdecode(data, i=0):
    c = data[i:i + 1]
    if c == b"i":
        end = data.index(b"e", i)
        return int(data[i + 1:end]), end + 1
    if c in (b"l", b"d"):
        i += 1
        items = []
        while data[i:i + 1] != b"e":
            v, i = bdecode(data, i)
            items.append(v)
        if c == b"l":
            return items, i + 1
        return {items[k].decode(): items[k + 1] for k in range(0, len(items), 2)}, i + 1
    colon = data.index(b":", i)
    length = int(data[i:colon])
    return data[colon + 1:colon + 1 + length], colon + 1 + length


def ng(command):
    cookie = b"%d" % random.getrandbits(32)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(5)
        s.sendto(cookie + b" " + bencode(command), ("127.0.0.1", NG_PORT))
        reply = s.recv(65536)
    answer, _ = bdecode(reply[len(cookie) + 1:])
    if answer.get("result") != b"ok":
        raise RuntimeError("rtpengine %s: %s" % (command["command"], answer))
    return answer


def sdp(port, session):
    return ("v=0\r\no=- %d 1 IN IP4 127.0.0.1\r\ns=callrec\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            "m=audio %d RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=ptime:20\r\na=sendrecv\r\n") % (session, port)


def sdp_port(text):
    for line in text.decode().split("\r\n"):
        if line.startswith("m=audio "):
            return int(line.split()[1])
    raise ValueError("no m=audio in " + text.decode())


def speech(out, seconds):
    """Each leg's 8 kHz speech: the lines in turn, each voice silent while the other speaks."""
    legs = {"a": bytearray(), "b": bytearray()}
    for n, (who, text) in enumerate(LINES):
        wav = os.path.join(out, "line%d.wav" % n)
        voice = "en-us+m3" if who == "a" else "en-gb+f2"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", wav, text], check=True)
        raw = subprocess.run(["ffmpeg", "-v", "error", "-i", wav, "-ar", "8000", "-ac", "1", "-f", "s16le", "-"],
                             check=True, capture_output=True).stdout
        os.remove(wav)
        pause = bytes(2 * 2400)  # 300 ms between turns
        legs[who] += raw + pause
        other = "b" if who == "a" else "a"
        legs[other] += bytes(len(raw)) + pause
    total = int(seconds * 8000) * 2
    return {k: bytes((v * (total // max(1, len(v)) + 1))[:total]) for k, v in legs.items()}


def ulaw(sample):
    sign = 0x80 if sample < 0 else 0
    m = min(abs(sample), 32635) + 0x84
    segment = 7
    bit = 0x4000
    while (m & bit) == 0 and segment > 0:
        segment -= 1
        bit >>= 1
    return ~(sign | (segment << 4) | ((m >> (segment + 3)) & 0x0F)) & 0xFF


def ulaw_decode(code):
    code = ~code & 0xFF
    t = (((code & 0x0F) << 3) + 0x84) << ((code & 0x70) >> 4)
    return (0x84 - t) if code & 0x80 else (t - 0x84)


def deliver(sends, args, rng):
    """Arrival offsets (s) per packet as NetworkImpairment.deliver: None = lost, plus duplicates."""
    out = []
    hold_until = -1e9
    held = 0
    losing = 0
    spike_chance = 2 * 0.02 / 60
    for k, t in enumerate(sends):
        if rng.random() < spike_chance:
            hold_until = t + rng.randint(50, 100) / 1000
            held = 0
        if losing == 0 and rng.random() < args.loss / 1.4:
            r = rng.random()
            losing = 1 if r < 0.7 else 2 if r < 0.9 else 3
        jitter = -math.log(1 - rng.random()) * 0.003
        overtaken = rng.random() < args.reorder
        twice = rng.random() < 0.002
        if losing > 0:
            losing -= 1
            out.append((k, None, None))
            continue
        arrival = t + jitter
        if arrival < hold_until:
            arrival = hold_until + 0.00005 * held
            held += 1
        if overtaken:
            arrival += rng.randint(21, 60) / 1000
        out.append((k, arrival, arrival + 0.0001 + rng.random() * 0.005 if twice else None))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--loss", type=float, default=0.035)
    p.add_argument("--reorder", type=float, default=0.02)
    p.add_argument("--b-start-ms", type=float, default=50)
    p.add_argument("--drift-a-ppm", type=float, default=0)
    p.add_argument("--drift-b-ppm", type=float, default=0)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rec = os.path.join(args.out, "rec")
    os.makedirs(rec, exist_ok=True)
    rng = random.Random(args.seed)
    pcm = speech(args.out, args.seconds)

    proxy = subprocess.Popen(["rtpengine", "-f", "-E", "-L", "4", "-t", "-1", "-i", "127.0.0.1",
                              "-n", "127.0.0.1:%d" % NG_PORT, "-m", "31200", "-M", "31299",
                              "--recording-dir=" + rec, "--recording-method=pcap", "--recording-format=eth"],
                             stdout=subprocess.DEVNULL, stderr=open(os.path.join(args.out, "rtpengine.log"), "w"),
                             start_new_session=True, cwd=args.out,
                             preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)))
    try:
        time.sleep(1.0)
        sock = {"a": socket.socket(socket.AF_INET, socket.SOCK_DGRAM),
                "b": socket.socket(socket.AF_INET, socket.SOCK_DGRAM)}
        sock["a"].bind(("127.0.0.1", 41200))
        sock["b"].bind(("127.0.0.1", 41202))
        call = "impaired-%d@callrec" % args.seed
        offer = ng({"command": "offer", "call-id": call, "from-tag": "tag-a", "sdp": sdp(41200, 1),
                    "record-call": "yes", "metadata": "seed=%d" % args.seed})
        answer = ng({"command": "answer", "call-id": call, "from-tag": "tag-a", "to-tag": "tag-b",
                     "sdp": sdp(41202, 2), "record-call": "yes"})
        to_proxy = {"a": sdp_port(answer["sdp"]), "b": sdp_port(offer["sdp"])}

        packets = int(args.seconds * 50)
        t0 = time.time() + 0.5
        events = []
        for leg, start, ppm in (("a", 0.0, args.drift_a_ppm), ("b", args.b_start_ms / 1000, args.drift_b_ppm)):
            seq = rng.randrange(65536)
            ts = rng.randrange(1 << 32)
            ssrc = rng.randrange(1 << 32)
            scale = 1 + ppm * 1e-6
            sends = [start + k * 0.020 / scale for k in range(packets)]
            arrived = []
            decoded = bytearray()
            source = pcm[leg]
            for k, first, second in deliver(sends, args, rng):
                samples = struct.unpack("<160h", source[k * 320:(k + 1) * 320])
                payload = bytes(ulaw(v) for v in samples)
                decoded += struct.pack("<160h", *(ulaw_decode(c) for c in payload))
                header = struct.pack("!BBHII", 0x80, 0, (seq + k) & 0xFFFF, (ts + 160 * k) & 0xFFFFFFFF, ssrc)
                arrived.append(first is not None)
                for at in (first, second):
                    if at is not None:
                        heapq.heappush(events, (t0 + at, leg, header + payload))
            with open(os.path.join(args.out, "leg-%s.pcm" % leg), "wb") as f:
                f.write(source[:packets * 320])
            with open(os.path.join(args.out, "leg-%s.decoded" % leg), "wb") as f:
                f.write(decoded)
            with open(os.path.join(args.out, "leg-%s.txt" % leg), "w") as f:
                # when packet 0 was due to be sent (epoch ns), ns per sample, SSRC, its RTP timestamp
                f.write("%d %.6f %d %d\n" % (round((t0 + start) * 1e9), 125000 / scale, ssrc, ts))
                f.write("".join("1" if a else "0" for a in arrived) + "\n")
        while events:
            at, leg, packet = heapq.heappop(events)
            delay = at - time.time()
            if delay > 0:
                time.sleep(delay)
            sock[leg].sendto(packet, ("127.0.0.1", to_proxy[leg]))
        time.sleep(0.3)
        ng({"command": "delete", "call-id": call, "from-tag": "tag-a"})
        time.sleep(1.0)
    finally:
        os.killpg(proxy.pid, signal.SIGTERM)
        proxy.wait(10)
    print("recorded:", ", ".join(os.listdir(os.path.join(rec, "pcaps")) if os.path.isdir(os.path.join(rec, "pcaps"))
                                 else os.listdir(rec)))


if __name__ == "__main__":
    sys.exit(main())
