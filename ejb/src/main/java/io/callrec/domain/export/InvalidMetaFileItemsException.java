package io.callrec.domain.export;

import java.util.List;

/** The {@code meta_file_items} setting has entries that cannot be resolved; {@link #problems()} says each. */
public class InvalidMetaFileItemsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidMetaFileItemsException(List<String> problems) {
        super("meta_file_items: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
