package io.callrec.application.webevents;

import io.callrec.infrastructure.persistence.ServerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * The global option WebEvents.AllowedHosts: the hosts handlers may post to, comma-separated (empty: any
 * host with only public addresses). A server setting, read afresh each time, so a change applies at once
 * to new registrations and to the next delivery.
 */
@ApplicationScoped
public class AllowedHostsOption {

    public static final String KEY = "WebEvents.AllowedHosts";

    @Inject
    ServerSettings settings;

    /** The setting as stored ("" when unset). */
    public String text() {
        return settings.read(KEY).orElse("");
    }

    public List<String> hosts() {
        String text = normalized(text());
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }

    /** Written in the caller's transaction (an operator's setting, audited with the others). */
    public void set(String commaSeparated) {
        settings.put(KEY, normalized(commaSeparated));
    }

    /** The list as stored: hosts without spaces or empty entries, comma-separated. */
    public static String normalized(String commaSeparated) {
        return String.join(",", Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList());
    }
}
