package io.callrec.interfaces.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingPageLegsTest {

    @Test
    void theLegsShowCodecsLossJitterAndDtmfFromTheConversionStatistics() {
        String statistics = """
                {"durationMillis":3000,"legs":[
                  {"source":"10.0.0.1:4000","destination":"10.0.0.2:5000","codecs":["PCMU","telephone-event"],
                   "packets":150,"lost":2,"jitterMillis":1.25,"maxJitterMillis":4.5,"concealedMillis":40,
                   "dtmf":[{"digit":"*","startMillis":100},{"digit":"4","startMillis":300}]},
                  {"source":"10.0.0.2:5000","destination":"10.0.0.1:4000","codecs":["G729"],"packets":149}]}
                """;

        List<RecordingPage.Leg> legs = RecordingPage.legs(statistics);

        assertThat(legs).hasSize(2);
        assertThat(legs.get(0)).isEqualTo(new RecordingPage.Leg("10.0.0.1:4000", "10.0.0.2:5000", "PCMU, telephone-event",
                150, 2, 1.25, 4.5, 40, "*4"));
        assertThat(legs.get(1).codecs()).isEqualTo("G729");
        assertThat(legs.get(1).lost()).isZero();
        assertThat(legs.get(1).dtmf()).isEmpty();
    }

    @Test
    void aRecordingWithoutStatisticsHasNoLegs() {
        assertThat(RecordingPage.legs(null)).isEmpty();
        assertThat(RecordingPage.legs("{\"durationMillis\":0}")).isEmpty();
    }
}
