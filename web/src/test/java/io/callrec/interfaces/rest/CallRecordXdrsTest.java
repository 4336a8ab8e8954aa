package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.application.intake.CallIntake.AccountCall;
import io.callrec.domain.ondemand.Action;
import io.callrec.domain.xdr.CallDirection;
import io.callrec.domain.xdr.InvalidCallRecordException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The other accounts' xDRs in a call record: defaults from the posting account's, each problem named. */
class CallRecordXdrsTest {

    private static final String HEAD = """
            {"callId":"abc@switch","h323ConfId":"5A1B","accountId":"1001","callingNumber":"100",
             "calledNumber":"200","direction":"outgoing","connectTime":"2026-11-26T10:00:00Z",
             "disconnectTime":"2026-11-26T10:05:00Z\"""";

    private static List<AccountCall> others(String xdrs) {
        String json = HEAD + ", \"announcementPlayedInBand\": true, \"xdrs\": " + xdrs + "}";
        List<AccountCall> accounts = PostedCalls.read(json).accounts();
        return accounts.subList(1, accounts.size());
    }

    @Test
    void anotherAccountsXdrTakesTheCallsIdsAndDefaultsItsNumbersAndTimes() {
        List<AccountCall> calls = others("""
                [{"accountId":"2002","direction":"incoming","customerId":"c2",
                  "controlEvents":[{"at":"2026-11-26T10:01:00Z","action":"stop"}]}]""");

        assertThat(calls).singleElement().satisfies(a -> {
            assertThat(a.call().accountId()).isEqualTo("2002");
            assertThat(a.call().h323ConfId()).isEqualTo("5A1B");
            assertThat(a.call().callId()).isEqualTo("abc@switch");
            assertThat(a.call().direction()).isEqualTo(CallDirection.INCOMING);
            assertThat(a.call().callingNumber()).isEqualTo("100");
            assertThat(a.call().connectTime()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
            assertThat(a.call().customerId()).isEqualTo("c2");
            assertThat(a.control().announcementPlayedInBand()).isTrue();
            assertThat(a.control().controlEvents()).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo(Action.STOP));
        });
    }

    @Test
    void ownTimesAndNumbersAreKept() {
        List<AccountCall> calls = others("""
                [{"accountId":"2002","direction":"redirected","calledNumber":"300",
                  "connectTime":"2026-11-26T10:02:00Z"}]""");

        assertThat(calls.get(0).call().calledNumber()).isEqualTo("300");
        assertThat(calls.get(0).call().connectTime()).isEqualTo(Instant.parse("2026-11-26T10:02:00Z"));
        assertThat(calls.get(0).call().disconnectTime()).isEqualTo(Instant.parse("2026-11-26T10:05:00Z"));
    }

    @Test
    void noXdrsMeansNoOtherAccounts() {
        assertThat(PostedCalls.read(HEAD + "}").accounts()).hasSize(1);
        assertThat(others("null")).isEmpty();
    }

    @Test
    void badXdrsAreNamedPrecisely() {
        assertThatThrownBy(() -> others("[{\"direction\":\"incoming\"}]"))
                .isInstanceOf(InvalidCallRecordException.class).hasMessage("missing required field 'xdrs[0].accountId'");
        assertThatThrownBy(() -> others("[{\"accountId\":\"1001\",\"direction\":\"incoming\"}]"))
                .hasMessageContaining("'xdrs[0].accountId': account '1001' has more than one xDR");
        assertThatThrownBy(() -> others("[{\"accountId\":\"3\",\"direction\":\"up\"}]"))
                .hasMessageStartingWith("field 'xdrs[0].direction' must be one of");
        assertThatThrownBy(() -> others("[{\"accountId\":\"3\",\"direction\":\"incoming\",\"h323ConfId\":\"FFFF\"}]"))
                .hasMessage("field 'xdrs[0].h323ConfId' must be the call's h323ConfId '5A1B', not 'FFFF'");
        assertThatThrownBy(() -> others("[{\"accountId\":\"3\",\"direction\":\"incoming\","
                + "\"disconnectTime\":\"2026-11-26T09:00:00Z\"}]"))
                .hasMessage("xdrs[0]: disconnectTime is before connectTime");
        assertThatThrownBy(() -> others("[{\"accountId\":\"3\",\"direction\":\"incoming\","
                + "\"controlEvents\":[{\"at\":\"2026-11-26T10:01:00Z\",\"action\":\"pause\"}]}]"))
                .hasMessage("field 'xdrs[0].controlEvents[0].action' must be 'start' or 'stop', not 'pause'");
        assertThatThrownBy(() -> others("{}")).hasMessage("field 'xdrs' must be an array of objects");
        assertThatThrownBy(() -> others("[{\"accountId\":\"" + "9".repeat(65) + "\",\"direction\":\"incoming\"}]"))
                .hasMessage("field 'xdrs[0].accountId' is longer than 64 characters");
    }
}
