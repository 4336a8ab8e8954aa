package io.callrec.media.engine;

import static io.callrec.media.call.CallParty.CALLEE;
import static io.callrec.media.call.CallParty.CALLER;
import static io.callrec.media.call.CallParty.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StereoRolesTest {

    @Test
    void callerGoesLeftAndCalleeRightWhateverTheirOrder() {
        assertThat(StereoRoles.leftRight(List.of(CALLEE, CALLER))).containsExactly(1, 0);
        assertThat(StereoRoles.leftRight(List.of(UNKNOWN, CALLEE, CALLER))).containsExactly(2, 1);
    }

    @Test
    void missingRolesAreFilledByFirstPacketOrder() {
        assertThat(StereoRoles.leftRight(List.of(UNKNOWN, UNKNOWN))).containsExactly(0, 1);
        assertThat(StereoRoles.leftRight(List.of(CALLEE, UNKNOWN))).containsExactly(1, 0);
        assertThat(StereoRoles.leftRight(List.of(UNKNOWN, CALLER))).containsExactly(1, 0);
        assertThat(StereoRoles.leftRight(List.of(CALLER))).containsExactly(0, -1);
        assertThat(StereoRoles.leftRight(List.of(UNKNOWN))).containsExactly(0, -1);
        assertThat(StereoRoles.leftRight(List.of(CALLEE))).containsExactly(-1, 0);
    }
}
