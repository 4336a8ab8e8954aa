package io.callrec.sftp.ra;

import io.callrec.sftp.testing.TestSshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the tests against a real sshd: one server and one started adapter per test class. */
abstract class AgainstSshd {

    static TestSshd sshd;
    static RunningAdapter adapter;

    @BeforeAll
    static void startSshdAndAdapter() {
        sshd = TestSshd.start();
        adapter = new RunningAdapter();
    }

    @AfterAll
    static void stopSshdAndAdapter() {
        if (adapter != null) {
            adapter.close();
            adapter = null;
        }
        if (sshd != null) {
            sshd.close();
            sshd = null;
        }
    }
}
