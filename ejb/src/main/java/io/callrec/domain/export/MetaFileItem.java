package io.callrec.domain.export;

/**
 * One entry of {@code meta_file_items}: the value of {@code column} of {@code table} for the recording's
 * call is written to its JSON metadata file under {@code name}. Made by {@link MetaFileItems#parse}.
 *
 * @param name   the key in the metadata file, as the administrator wrote it
 * @param table  where the value comes from
 * @param column the column, by its canonical name (see {@link MetaTable#columns()})
 */
public record MetaFileItem(String name, MetaTable table, String column) {

    /** The entry as it is written in the settings: {@code name:Table.column}. */
    public String text() {
        return name + ":" + table.label() + "." + column;
    }
}
