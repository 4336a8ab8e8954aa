package io.callrec.domain.webevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.validation.InvalidFieldException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandlerUrlRuleTest {

    /** A resolver that knows a few names and resolves IP literals as the JDK does (without DNS). */
    private static final HandlerUrlRule.Resolver DNS = host -> {
        Map<String, String> names = Map.of("crm.example.com", "93.184.216.34", "localhost", "127.0.0.1",
                "intranet.example.com", "10.1.2.3", "v6.example.com", "2606:2800:220:1::1");
        String address = names.get(host);
        if (address == null && !host.matches("[0-9a-f:.]+")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address == null ? host : address)};
    };

    private static String refusal(String url, List<String> allowed) {
        try {
            HandlerUrlRule.check(url, allowed, DNS);
        } catch (InvalidFieldException e) {
            assertThat(e.field()).isEqualTo("url");
            assertThat(e.status()).isEqualTo(400);
            return e.problem();
        }
        throw new AssertionError(url + " was accepted");
    }

    @Test
    void aPublicHttpOrHttpsHostIsAcceptedWithoutAList() {
        assertThat(HandlerUrlRule.check("https://crm.example.com/hooks/callrec", List.of(), DNS).getHost())
                .isEqualTo("crm.example.com");
        assertThat(HandlerUrlRule.check("HTTP://93.184.216.34:8080/x", List.of(), DNS)).isNotNull();
        assertThat(HandlerUrlRule.check("https://[2606:2800:220:1::1]/x", List.of(), DNS)).isNotNull();
        assertThat(HandlerUrlRule.check("https://v6.example.com/x", List.of(), DNS)).isNotNull();
    }

    @Test
    void otherSchemesMissingHostsAndUserInfoAreRefused() {
        assertThat(refusal("ftp://crm.example.com/x", List.of())).contains("http or https");
        assertThat(refusal("file:///etc/passwd", List.of())).contains("http or https");
        assertThat(refusal("crm.example.com/x", List.of())).contains("http or https");
        assertThat(refusal("https:///x", List.of())).contains("no host");
        assertThat(refusal("https://user:pw@crm.example.com/x", List.of())).contains("user info");
        assertThat(refusal(" ", List.of())).contains("required");
        assertThat(refusal("http://exa mple.com/", List.of())).contains("not a URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/x", "http://127.0.0.1/x", "http://127.1.2.3:8080/x", "http://[::1]/x",
            "http://0.0.0.0/x", "http://[::]/x", "http://10.0.0.1/x", "http://172.16.5.4/x", "http://192.168.1.1/x",
            "http://169.254.169.254/latest/meta-data", "http://[fe80::1]/x", "http://[fd00::1]/x",
            "http://[::ffff:127.0.0.1]/x", "http://[::ffff:10.0.0.1]/x", "http://100.64.0.1/x", "http://intranet.example.com/x",
            "http://LOCALHOST/x"})
    void internalAddressesAreRefusedWithoutAList(String url) {
        assertThat(refusal(url, List.of())).contains("internal address");
    }

    @Test
    void anUnresolvableHostIsRefused() {
        assertThat(refusal("https://nowhere.invalid/x", List.of())).contains("does not resolve");
    }

    @Test
    void withAListOnlyItsHostsAreAcceptedWhateverTheyResolveTo() {
        List<String> allowed = List.of(" 127.0.0.1 ", "[::1]", "CRM.example.com");
        assertThat(HandlerUrlRule.check("http://127.0.0.1:4567/hook", allowed, DNS).getPort()).isEqualTo(4567);
        assertThat(HandlerUrlRule.check("http://[::1]:4567/hook", allowed, DNS)).isNotNull();
        assertThat(HandlerUrlRule.check("https://crm.example.com/hook", allowed, DNS)).isNotNull();
        assertThat(refusal("http://localhost/hook", allowed)).contains("not in the allow-list WebEvents.AllowedHosts");
        assertThat(refusal("https://93.184.216.34/hook", allowed)).contains("'93.184.216.34' is not in the allow-list");
    }
}
