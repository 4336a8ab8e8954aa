package io.callrec.infrastructure.announcement;

import java.util.Arrays;
import java.util.Optional;

/** The recording announcements that ship with the server. */
public enum Prompt {
    STARTED("started", "Call recording started"),
    STOPPED("stopped", "Call recording stopped");

    private final String name;
    private final String text;

    Prompt(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public String pathName() { return name; }
    public String text() { return text; }

    String resource() {
        return "/announcements/" + name + ".wav";
    }

    public static Optional<Prompt> byName(String name) {
        return Arrays.stream(values()).filter(p -> p.name.equals(name)).findFirst();
    }
}
