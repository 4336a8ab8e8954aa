package io.callrec.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A value every instance must share and the server makes itself the first time (the play-link secret
 * when none is configured, markers of one-time data fixes), written once, and the operator's global
 * options (RecordsDelivery.Enabled), changed through the settings API: one row per key.
 */
@Entity
@Table(name = "server_setting")
public class ServerSetting {

    @Id
    @Column(name = "setting_key", length = 64)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 512)
    private String value;

    protected ServerSetting() {
    }

    ServerSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    void change(String newValue) {
        this.value = newValue;
    }

    String value() {
        return value;
    }
}
