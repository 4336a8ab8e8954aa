package io.callrec.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.identity.PasswordHash;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.infrastructure.security.PasswordHashing;
import io.callrec.infrastructure.security.SecuritySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

    /** Stands in for the database: remembers the admin it was asked to create. */
    static final class Directory extends FirstAdmin {
        boolean exists;
        String login;
        PasswordHash password;

        @Override
        public boolean adminExists() {
            return exists;
        }

        @Override
        public boolean createIfNone(String newLogin, PasswordHash hash) {
            if (exists) {
                return false;
            }
            exists = true;
            login = newLogin;
            password = hash;
            return true;
        }
    }

    private final Directory directory = new Directory();
    private final SecuritySettings settings = new SecuritySettings() {
        @Override
        public String bootstrapAdmin() {
            return setting;
        }

        @Override
        public int bcryptCost() {
            return 8;
        }
    };
    private final PasswordHashing hashing = new PasswordHashing(settings);
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private String setting;

    @BeforeEach
    void listen() {
        Logger.getLogger(AdminBootstrap.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(AdminBootstrap.class.getName()).removeHandler(capture);
    }

    private AdminBootstrap bootstrap() {
        AdminBootstrap b = new AdminBootstrap();
        b.firstAdmin = directory;
        b.hashing = hashing;
        b.settings = settings;
        return b;
    }

    @Test
    void theSettingCreatesTheFirstAdminWithThatPasswordAndLogsNoPassword() {
        setting = "boss:a-long-password";
        bootstrap().ensureAnAdmin();
        assertThat(directory.login).isEqualTo("boss");
        assertThat(hashing.verify(directory.password, "a-long-password")).isTrue();
        assertThat(String.join("\n", logged)).contains("created the first admin 'boss'").doesNotContain("a-long-password");
    }

    @Test
    void withoutTheSettingAnAdminWithARandomPasswordIsCreatedAndThatPasswordIsPrintedOnce() {
        bootstrap().ensureAnAdmin();
        assertThat(directory.login).isEqualTo("admin");
        Matcher printed = Pattern.compile("password: (\\S+)").matcher(String.join("\n", logged));
        assertThat(printed.find()).isTrue();
        assertThat(printed.group(1)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(hashing.verify(directory.password, printed.group(1))).isTrue();
        assertThat(printed.find()).as("printed once").isFalse();

        logged.clear();
        bootstrap().ensureAnAdmin();
        assertThat(logged).as("the next start prints nothing").isEmpty();
    }

    @Test
    void onceAnAdminExistsTheSettingIsIgnored() {
        directory.exists = true;
        setting = "other:another-long-password";
        bootstrap().ensureAnAdmin();
        assertThat(directory.login).isNull();
        assertThat(logged).containsExactly("callrec.bootstrap-admin is ignored: an admin exists");
    }

    @Test
    void aMalformedSettingStopsTheStartWithTheReasonButNotThePassword() {
        setting = "no-colon-here";
        assertThatThrownBy(() -> bootstrap().ensureAnAdmin()).isInstanceOf(IllegalStateException.class)
                .hasMessage("callrec.bootstrap-admin must be LOGIN:PASSWORD");
        setting = "boss:short";
        assertThatThrownBy(() -> bootstrap().ensureAnAdmin()).isInstanceOf(InvalidFieldException.class)
                .hasMessage("field 'callrec.bootstrap-admin' must be at least 10 characters long");
        setting = "bad login:a-long-password";
        assertThatThrownBy(() -> bootstrap().ensureAnAdmin()).hasMessageNotContaining("a-long-password");
        assertThat(directory.exists).isFalse();
    }
}
