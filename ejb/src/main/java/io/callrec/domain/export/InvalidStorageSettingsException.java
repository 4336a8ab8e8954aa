package io.callrec.domain.export;

import io.callrec.domain.refusal.RequestRefusedException;
import java.util.List;

/** Settings that cannot be saved (400): the message lists every problem, each naming its setting. */
public class InvalidStorageSettingsException extends RequestRefusedException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidStorageSettingsException(List<String> problems) {
        super(400, "invalid SFTP storage settings: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, starting with the name of its setting and a colon (the console shows it next to the field). */
    public List<String> problems() {
        return problems;
    }
}
