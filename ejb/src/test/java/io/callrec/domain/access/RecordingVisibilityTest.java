package io.callrec.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingVisibilityTest {

    private static final Caller ADMIN = new Caller("root", Role.ADMIN, null, null);
    private static final Caller SWITCH = new Caller("sbc", Role.SWITCH, null, null);
    private static final Caller ACME = new Caller("acme-admin", Role.CUSTOMER, "acme", null);
    private static final Caller GLOBEX = new Caller("globex-admin", Role.CUSTOMER, "globex", null);
    private static final Caller ALICE = new Caller("alice", Role.ACCOUNT, null, "1001");
    private static final Caller BOB = new Caller("bob", Role.ACCOUNT, null, "1002");

    private static RecordingAudience audience(XdrOwner... owners) {
        return new RecordingAudience(List.of(owners));
    }

    private static XdrOwner xdr(String account, String customer, boolean entitled, boolean accountPrivate) {
        return new XdrOwner(account.hashCode(), account, customer, entitled, accountPrivate);
    }

    @Test
    void anAccountUserSeesRecordingsItsOwnAccountIsEntitledTo() {
        RecordingAudience alices = audience(xdr("1001", "acme", true, false));
        assertThat(RecordingVisibility.mayView(ALICE, alices)).isTrue();
        assertThat(RecordingVisibility.mayView(BOB, alices)).as("a colleague of the same customer").isFalse();
    }

    @Test
    void anAccountUserDoesNotSeeACallItTookPartInWithoutTheEntitlement() {
        RecordingAudience call = audience(xdr("1001", "acme", false, false), xdr("1002", "acme", true, false));
        assertThat(RecordingVisibility.mayView(ALICE, call)).isFalse();
        assertThat(RecordingVisibility.mayView(BOB, call)).isTrue();
    }

    @Test
    void anAccountUserSeesItsOwnPrivateRecordings() {
        assertThat(RecordingVisibility.mayView(ALICE, audience(xdr("1001", "acme", true, true)))).isTrue();
    }

    @Test
    void aCustomerUserSeesItsAccountsRecordingsExceptThoseKeptPrivate() {
        assertThat(RecordingVisibility.mayView(ACME, audience(xdr("1001", "acme", true, false)))).isTrue();
        assertThat(RecordingVisibility.mayView(ACME, audience(xdr("1001", "acme", true, true)))).isFalse();
        assertThat(RecordingVisibility.mayView(ACME, audience(xdr("1001", "acme", false, false))))
                .as("no entitled xDR of its customer").isFalse();
        assertThat(RecordingVisibility.mayView(GLOBEX, audience(xdr("1001", "acme", true, false)))).isFalse();
    }

    @Test
    void oneEntitledNotPrivateXdrOfTheCustomerSufficesOnASharedRecording() {
        RecordingAudience shared = audience(xdr("1001", "acme", true, true), xdr("1002", "acme", true, false));
        assertThat(RecordingVisibility.mayView(ACME, shared)).isTrue();
        assertThat(RecordingVisibility.mayViewXdr(ACME, shared.owners().get(0))).as("the private owner's xDR").isFalse();
        assertThat(RecordingVisibility.mayViewXdr(ACME, shared.owners().get(1))).isTrue();
    }

    @Test
    void anotherCustomersEntitledXdrOnTheSameCallGivesNothing() {
        RecordingAudience internal = audience(xdr("1001", "acme", true, false), xdr("2001", "globex", false, false));
        assertThat(RecordingVisibility.mayView(GLOBEX, internal)).isFalse();
        assertThat(RecordingVisibility.mayViewXdr(GLOBEX, internal.owners().get(1))).as("its own xDR, though").isTrue();
    }

    @Test
    void anAdminSeesEverythingAndKnowsWhenAnOwnerKeepsItPrivate() {
        RecordingAudience secret = audience(xdr("1001", "acme", true, true));
        assertThat(RecordingVisibility.mayView(ADMIN, secret)).isTrue();
        assertThat(secret.hasPrivateOwner()).isTrue();
        assertThat(RecordingVisibility.mayView(ADMIN, audience())).isTrue();
        assertThat(audience(xdr("1001", "acme", false, true)).hasPrivateOwner()).as("not entitled: not its recording").isFalse();
    }

    @Test
    void theSwitchSeesNoRecordingAndNoXdr() {
        XdrOwner any = xdr("1001", "acme", true, false);
        assertThat(RecordingVisibility.mayView(SWITCH, audience(any))).isFalse();
        assertThat(RecordingVisibility.mayViewXdr(SWITCH, any)).isFalse();
    }

    @Test
    void aRecordingWithoutXdrsIsTheAdminsOnly() {
        for (Caller caller : List.of(ACME, ALICE, SWITCH)) {
            assertThat(RecordingVisibility.mayView(caller, audience())).as(caller.login()).isFalse();
        }
    }

    @Test
    void anXdrWithoutCustomerIsNoCustomersButStillItsAccounts() {
        XdrOwner orphan = xdr("1001", null, true, false);
        assertThat(RecordingVisibility.mayView(ACME, audience(orphan))).isFalse();
        assertThat(RecordingVisibility.mayView(ALICE, audience(orphan))).isTrue();
    }
}
