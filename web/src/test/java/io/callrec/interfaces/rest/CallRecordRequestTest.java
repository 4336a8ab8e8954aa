package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.xdr.CallDirection;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.InvalidCallRecordException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallRecordRequestTest {

    private static final String COMPLETE = """
            {"callId":"abc@switch","h323ConfId":"5A1B 22C3 8D4E 9F60","accountId":"1001","accountNumber":"14155550100",
             "customerId":"77","callingNumber":"14155550100","calledNumber":"14155550199","direction":"outgoing",
             "connectTime":"2026-11-26T10:00:00Z","disconnectTime":"2026-11-26T11:02:03.500+01:00"}""";

    @Test
    void completeRecordIsRead() {
        CallRecord call = PostedCalls.primary(COMPLETE);
        assertThat(call.callId()).isEqualTo("abc@switch");
        assertThat(call.direction()).isEqualTo(CallDirection.OUTGOING);
        assertThat(call.customerId()).isEqualTo("77");
        assertThat(call.disconnectTime()).isEqualTo(Instant.parse("2026-11-26T10:02:03.500Z"));
    }

    @Test
    void missingFieldIsNamed() {
        String json = COMPLETE.replace("\"callingNumber\":\"14155550100\",", "");
        assertThatThrownBy(() -> PostedCalls.primary(json))
                .isInstanceOf(InvalidCallRecordException.class)
                .hasMessage("missing required field 'callingNumber'");
    }

    @Test
    void blankFieldCountsAsMissing() {
        assertThatThrownBy(() -> PostedCalls.primary(COMPLETE.replace("\"callId\":\"abc@switch\"", "\"callId\":\"  \"")))
                .hasMessage("missing required field 'callId'");
    }

    @Test
    void numericAccountIdIsAccepted() {
        assertThat(PostedCalls.primary(COMPLETE.replace("\"accountId\":\"1001\"", "\"accountId\":1001")).accountId())
                .isEqualTo("1001");
    }

    @Test
    void unknownDirectionIsExplained() {
        assertThatThrownBy(() -> PostedCalls.primary(COMPLETE.replace("outgoing", "sideways")))
                .hasMessageContaining("field 'direction' must be one of").hasMessageContaining("'sideways'");
    }

    @Test
    void badTimeIsExplained() {
        assertThatThrownBy(() -> PostedCalls.primary(COMPLETE.replace("2026-11-26T10:00:00Z", "yesterday")))
                .hasMessageContaining("field 'connectTime' must be an ISO-8601 date-time");
    }

    @Test
    void notJsonIsExplained() {
        assertThatThrownBy(() -> PostedCalls.primary("callId=1")).hasMessageStartingWith("the call record is not valid JSON");
        assertThatThrownBy(() -> PostedCalls.primary("[1]")).hasMessage("the call record must be a JSON object");
    }
}
