package io.callrec.application.delivery;

import io.callrec.infrastructure.persistence.ServerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The global option RecordsDelivery.Enabled (off unless the operator turned it on), kept as a server
 * setting so that every instance reads the same value; read afresh each time, so a change applies at once.
 */
@ApplicationScoped
public class RecordsDeliveryOption {

    /** The setting's key, as the product names it. */
    public static final String KEY = "RecordsDelivery.Enabled";

    @Inject
    ServerSettings settings;

    public boolean enabled() {
        return settings.read(KEY).map(Boolean::parseBoolean).orElse(false);
    }

    /** Written in the caller's transaction. */
    void set(boolean enabled) {
        settings.put(KEY, Boolean.toString(enabled));
    }
}
