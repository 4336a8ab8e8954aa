package io.callrec.media.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The burst's arguments: defaults, the codec mix spread over the calls, and usage errors. */
class BurstOptionsTest {

    @Test
    void defaultsAreTheIssuesBurst() {
        BurstOptions o = BurstOptions.parse(new String[] {"http://localhost:8080", "admin:secret"});

        assertThat(o.api()).hasToString("http://localhost:8080/api/v1/");
        assertThat(o.calls()).isEqualTo(500);
        assertThat(o.seconds()).isEqualTo(300);
        assertThat(o.mix()).containsOnlyKeys(BurstCodec.G711);
        assertThat(o.format()).isEqualTo("wav");
        assertThat(o.serverPid()).isNegative();
    }

    @Test
    void theMixWeightsAreSpreadOverTheCallsInProportion() {
        BurstOptions o = BurstOptions.parse(new String[] {"http://h:1/", "a:b", "--mix", "g711=7,g729=2,opus=1", "--calls", "1000"});
        Map<BurstCodec, Integer> counts = new EnumMap<>(BurstCodec.class);
        for (int i = 1; i <= 1000; i++) {
            counts.merge(o.codecOf(i), 1, Integer::sum);
        }

        assertThat(counts).containsEntry(BurstCodec.G711, 700).containsEntry(BurstCodec.G729, 200)
                .containsEntry(BurstCodec.OPUS, 100);
    }

    @Test
    void postsGoRoundRobinOverTheInstancesNamedByAlso() {
        BurstOptions one = BurstOptions.parse(new String[] {"http://a:1", "a:b"});
        BurstOptions two = BurstOptions.parse(new String[] {"http://a:1", "a:b", "--also", "http://b:2/"});
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (int i = 1; i <= 100; i++) {
            counts.merge(two.postApi(i).toString(), 1, Integer::sum);
        }

        assertThat(one.postApi(1)).isEqualTo(one.postApi(2)).hasToString("http://a:1/api/v1/");
        assertThat(counts).containsEntry("http://a:1/api/v1/", 50).containsEntry("http://b:2/api/v1/", 50);
    }

    @Test
    void aZeroWeightLeavesTheCodecOut() {
        BurstOptions o = BurstOptions.parse(new String[] {"http://h:1", "a:b", "--mix", "g711=0,opus=3"});

        assertThat(o.mix()).containsOnlyKeys(BurstCodec.OPUS);
    }

    @Test
    void badArgumentsAreRefusedWithTheUsage() {
        assertThatThrownBy(() -> BurstOptions.parse(new String[] {"http://h:1"})).hasMessageContaining("usage");
        assertThatThrownBy(() -> BurstOptions.parse(new String[] {"http://h:1", "a:b", "--colls", "5"}))
                .hasMessageContaining("unknown flags [colls]");
        assertThatThrownBy(() -> BurstOptions.parse(new String[] {"http://h:1", "a:b", "--mix", "g723=1"}))
                .hasMessageContaining("unknown codec g723");
        assertThatThrownBy(() -> BurstOptions.parse(new String[] {"http://h:1", "a:b", "--calls", "0"}))
                .hasMessageContaining("--calls must be positive");
        assertThatThrownBy(() -> BurstOptions.parse(new String[] {"http://h:1", "a:b", "--mix", "g711=0"}))
                .hasMessageContaining("gives every codec weight 0");
    }
}
