package io.callrec.sftp.ssh;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import io.callrec.sftp.ExpectedHostKey;
import io.callrec.sftp.ServerHostKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * JSch's host key repository for one connection attempt: judges the presented key against the
 * endpoint's expected entries only, never learns a key, and remembers what the server presented so
 * a refusal can name it.
 */
final class HostKeyCheck implements HostKeyRepository {

    enum Verdict { NOT_CHECKED, TRUSTED, MISMATCH, REVOKED, UNKNOWN }

    private final List<ExpectedHostKey> expected;
    private volatile ServerHostKey presented;
    private volatile Verdict verdict = Verdict.NOT_CHECKED;

    HostKeyCheck(List<ExpectedHostKey> expected) {
        this.expected = List.copyOf(expected);
    }

    @Override
    public int check(String host, byte[] key) {
        ServerHostKey shown = ServerHostKey.of(key);
        presented = shown;
        verdict = judge(shown);
        return switch (verdict) {
            case TRUSTED -> OK;
            case UNKNOWN -> NOT_INCLUDED;
            default -> CHANGED;
        };
    }

    private Verdict judge(ServerHostKey shown) {
        if (expected.stream().anyMatch(e -> e.revoked() && e.matches(shown))) {
            return Verdict.REVOKED;
        }
        if (expected.stream().anyMatch(e -> !e.revoked() && e.matches(shown))) {
            return Verdict.TRUSTED;
        }
        return expected.stream().anyMatch(e -> !e.revoked()) ? Verdict.MISMATCH : Verdict.UNKNOWN;
    }

    Verdict verdict() {
        return verdict;
    }

    ServerHostKey presented() {
        return presented;
    }

    List<ExpectedHostKey> expected() {
        return expected;
    }

    /** The expected keys with their type known: JSch offers those key types first. */
    @Override
    public HostKey[] getHostKey(String host, String type) {
        List<HostKey> keys = new ArrayList<>();
        for (ExpectedHostKey e : expected) {
            if (e.publicKeyBase64() == null || e.revoked() || (type != null && !type.equals(e.type()))) {
                continue;
            }
            try {
                keys.add(new HostKey(host, Base64.getDecoder().decode(e.publicKeyBase64())));
            } catch (JSchException unsupportedByJsch) {
                // a type JSch cannot preselect; the fingerprint comparison still applies
            }
        }
        return keys.toArray(new HostKey[0]);
    }

    @Override
    public HostKey[] getHostKey() {
        return getHostKey(null, null);
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // never learns a key: only the configured entries are trusted
    }

    @Override
    public void remove(String host, String type) {
        // the configured entries are fixed for the connection
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        // the configured entries are fixed for the connection
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return "the endpoint's expected host key";
    }
}
