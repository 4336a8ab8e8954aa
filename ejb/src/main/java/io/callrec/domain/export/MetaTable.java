package io.callrec.domain.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables a {@code meta_file_items} entry may read from, under the names the product gives them, with
 * the columns each offers. A column is named in snake case; a name is matched ignoring case and
 * underscores, so {@code h323_conf_id} and {@code h323ConfId} are the same column.
 */
public enum MetaTable {

    /** The recording's xDR (the first of the call's xDRs that links to the recording). */
    CDR_ACCOUNTS("CDR_Accounts", List.of("id", "call_id", "h323_conf_id", "account_id", "account_number", "customer_id",
            "calling_number", "called_number", "direction", "connect_time", "disconnect_time", "duration_seconds")),
    /** The account of that xDR. */
    ACCOUNTS("Accounts", List.of("id", "phone_number", "email", "customer_id", "access_role", "product")),
    /** The recording's customer. */
    CUSTOMERS("Customers", List.of("id", "name", "customer_class", "output_format", "retention_days")),
    /**
     * Custom fields of accounts and customers, by the field's name (the column is the field): the
     * account's value, else its customer's. Which fields exist is data, so {@link #columns()} is empty.
     */
    CUSTOM_FIELDS_NAME("Custom_Fields_Name", List.of());

    private final String label;
    private final List<String> columns;

    MetaTable(String label, List<String> columns) {
        this.label = label;
        this.columns = columns;
    }

    public String label() {
        return label;
    }

    public List<String> columns() {
        return columns;
    }

    /** The table with this name (case-insensitive). */
    public static Optional<MetaTable> named(String name) {
        for (MetaTable table : values()) {
            if (table.label.equalsIgnoreCase(name)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /** The canonical name of the column written as {@code name}, if this table has it. */
    public Optional<String> column(String name) {
        String wanted = squashed(name);
        return columns.stream().filter(c -> squashed(c).equals(wanted)).findFirst();
    }

    private static String squashed(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
