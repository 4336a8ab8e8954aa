package io.callrec.application.export;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One check of a Verify: its name ({@code settings}, {@code connect}, {@code host_key}, {@code login},
 * {@code root_path}, {@code writable}, {@code meta_file_items}), whether it passed, and what was found
 * or what failed, in words an administrator can act on.
 */
@JsonbPropertyOrder({"name", "ok", "message"})
public record StorageCheck(String name, boolean ok, String message) {

    static StorageCheck passed(String name, String message) {
        return new StorageCheck(name, true, message);
    }

    static StorageCheck failed(String name, String message) {
        return new StorageCheck(name, false, message);
    }

    static StorageCheck notChecked(String name, String because) {
        return new StorageCheck(name, false, "not checked: " + because);
    }
}
