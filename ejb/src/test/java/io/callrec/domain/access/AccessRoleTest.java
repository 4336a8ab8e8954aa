package io.callrec.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRoleTest {

    @Test
    void showToMyselfOnlyIsHiddenFromEndUsersByDefault() {
        assertThat(AccessRole.mayView(AccessRole.END_USER_DEFAULTS, Attribute.SHOW_TO_MYSELF_ONLY)).isFalse();
        assertThat(AccessRole.mayModify(AccessRole.END_USER_DEFAULTS, Attribute.SHOW_TO_MYSELF_ONLY)).isFalse();
    }

    @Test
    void endUsersSeeButCannotChangeTheAnnouncementByDefault() {
        assertThat(AccessRole.mayView(AccessRole.END_USER_DEFAULTS, Attribute.PLAY_ANNOUNCEMENT)).isTrue();
        assertThat(AccessRole.mayModify(AccessRole.END_USER_DEFAULTS, Attribute.PLAY_ANNOUNCEMENT)).isFalse();
        assertThat(AccessRole.mayModify(AccessRole.END_USER_DEFAULTS, Attribute.DIALING_CODES)).isTrue();
    }

    @Test
    void modifyImpliesView() {
        AccessRole role = new AccessRole("r", "power user", Set.of(new Grant(Attribute.SHOW_TO_MYSELF_ONLY, Permission.MODIFY)));
        assertThat(role.mayView(Attribute.SHOW_TO_MYSELF_ONLY)).isTrue();
        assertThat(role.mayModify(Attribute.SHOW_TO_MYSELF_ONLY)).isTrue();
        assertThat(role.mayView(Attribute.PLAY_ANNOUNCEMENT)).isFalse();
    }

    @Test
    void viewAloneDoesNotAllowChanges() {
        AccessRole role = new AccessRole("r", "viewer", Set.of(new Grant(Attribute.PLAY_ANNOUNCEMENT, Permission.VIEW)));
        assertThat(role.mayView(Attribute.PLAY_ANNOUNCEMENT)).isTrue();
        assertThat(role.mayModify(Attribute.PLAY_ANNOUNCEMENT)).isFalse();
    }
}
