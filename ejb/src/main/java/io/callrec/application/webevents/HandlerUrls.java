package io.callrec.application.webevents;

import io.callrec.domain.webevent.HandlerUrlRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;

/** The URL rule with the operator's allow-list and the system resolver: at registration and before each post. */
@ApplicationScoped
public class HandlerUrls {

    @Inject
    AllowedHostsOption allowed;

    public URI check(String url) {
        return HandlerUrlRule.check(url, allowed.hosts(), InetAddress::getAllByName);
    }
}
