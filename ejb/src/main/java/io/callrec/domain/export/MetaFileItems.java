package io.callrec.domain.export;

import io.callrec.domain.customfield.CustomField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the {@code meta_file_items} setting: entries {@code <name>:<Table>.<column>} separated by
 * commas, semicolons or line breaks. Every entry that cannot be resolved is refused with its reason
 * (an unknown table or column names what exists), all of them at once, so an administrator fixes the
 * list in one go. {@code <name>:Custom_Fields_Name.<field>} names a custom field; whether it is defined is
 * checked against the definitions by {@link #undefinedFields}.
 */
public final class MetaFileItems {

    /** A key of the metadata file: letters, digits, '_', '-' and '.', starting with a letter. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n\\r]+");

    private MetaFileItems() {
    }

    /** The entries, in order; an {@link InvalidMetaFileItemsException} lists every problem. */
    public static List<MetaFileItem> parse(String text) {
        List<MetaFileItem> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String entry : entries(text)) {
            try {
                MetaFileItem item = entry(entry);
                if (!names.add(item.name())) {
                    throw new IllegalArgumentException("'" + entry + "': the name " + item.name() + " is used twice");
                }
                items.add(item);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidMetaFileItemsException(problems);
        }
        return List.copyOf(items);
    }

    /** The entries written back in their canonical form, one per line. */
    public static String format(List<MetaFileItem> items) {
        return items.stream().map(MetaFileItem::text).collect(Collectors.joining("\n"));
    }

    private static List<String> entries(String text) {
        if (text == null) {
            return List.of();
        }
        return Stream.of(SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static MetaFileItem entry(String entry) {
        int colon = entry.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + entry + "': expected <name>:<Table>.<column>");
        }
        String name = entry.substring(0, colon).strip();
        String source = entry.substring(colon + 1).strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + entry + "': the name must start with a letter and hold only"
                    + " letters, digits, '_', '-' or '.' (at most 64)");
        }
        int dot = source.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("'" + entry + "': expected <Table>.<column> after the name");
        }
        String tableName = source.substring(0, dot).strip();
        String columnName = source.substring(dot + 1).strip();
        MetaTable table = MetaTable.named(tableName).orElseThrow(() -> new IllegalArgumentException("'" + entry
                + "': unknown table " + tableName + "; the tables are " + tableNames()));
        if (table == MetaTable.CUSTOM_FIELDS_NAME) {
            if (!CustomField.NAME.matcher(columnName).matches()) {
                throw new IllegalArgumentException("'" + entry + "': " + columnName + " is not a custom field name (a letter,"
                        + " then letters, digits, '_', '-' or '.', at most 64)");
            }
            return new MetaFileItem(name, table, columnName);
        }
        String column = table.column(columnName).orElseThrow(() -> new IllegalArgumentException("'" + entry
                + "': table " + table.label() + " has no column " + columnName + "; its columns are "
                + String.join(", ", table.columns())));
        return new MetaFileItem(name, table, column);
    }

    /**
     * One problem per custom field entry whose field is not among {@code defined} (the names of the
     * defined custom fields, matched exactly), naming the fields that exist.
     */
    public static List<String> undefinedFields(List<MetaFileItem> items, Collection<String> defined) {
        String known = defined.isEmpty() ? "no custom field is defined (PUT /api/v1/custom-fields/{name})"
                : "the custom fields are " + defined.stream().sorted().collect(Collectors.joining(", "));
        return items.stream().filter(i -> i.table() == MetaTable.CUSTOM_FIELDS_NAME && !defined.contains(i.column()))
                .map(i -> "'" + i.text() + "': there is no custom field " + i.column() + "; " + known).toList();
    }

    private static String tableNames() {
        return Stream.of(MetaTable.values()).map(MetaTable::label).collect(Collectors.joining(", "));
    }
}
