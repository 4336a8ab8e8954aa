package io.callrec.media.engine;

import io.callrec.media.call.CallParty;
import java.util.List;

/**
 * Stereo channel choice: the caller left, the callee right, by signalling role; a side without a
 * role-bearing leg takes the earliest remaining leg (the order of the list, by first packet).
 */
final class StereoRoles {

    private StereoRoles() {
    }

    /**
     * Indexes of the left and right legs in {@code roles}, -1 for a silent side: one leg without a
     * role goes left, a lone callee leg stays right.
     */
    static int[] leftRight(List<CallParty> roles) {
        int left = roles.indexOf(CallParty.CALLER);
        int right = roles.indexOf(CallParty.CALLEE);
        for (int i = 0; i < roles.size(); i++) {
            if (i == left || i == right) {
                continue;
            }
            if (left < 0) {
                left = i;
            } else if (right < 0) {
                right = i;
            }
        }
        return new int[] {left, right};
    }
}
