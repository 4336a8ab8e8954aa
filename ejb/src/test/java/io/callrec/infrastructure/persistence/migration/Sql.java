package io.callrec.infrastructure.persistence.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/** Plain JDBC for the schema tests: scripts, and tables rendered as text rows to compare. */
final class Sql {

    /** Every table of version 1 with its key, so rows compare in a stable order. */
    static final Map<String, String> V1_TABLES = tables();

    private Sql() {
    }

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("customer_class", "id");
        t.put("dialing_rule", "id");
        t.put("customer", "id");
        t.put("product", "id");
        t.put("access_role", "id");
        t.put("access_role_grant", "role_id, attribute_name, permission");
        t.put("account", "id");
        t.put("account_add_on", "account_id, addons_id");
        t.put("recording", "id");
        t.put("cdr_account", "id");
        t.put("recording_call_leg", "id");
        t.put("recording_control", "id");
        t.put("recording_control_event", "control_id, item_index");
        t.put("recording_control_note", "control_id, item_index");
        t.put("recording_span", "control_id, item_index");
        t.put("recording_event", "id");
        t.put("job_lease", "job");
        return t;
    }

    static String resource(String name) {
        try (InputStream in = Sql.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script of statements ending with ';' at the end of a line ('--' lines are comments). */
    static void run(DataSource ds, String script) throws SQLException {
        StringBuilder statement = new StringBuilder();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String line : script.split("\n")) {
                if (line.strip().startsWith("--")) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String sql = statement.toString().strip();
                    s.execute(sql.substring(0, sql.length() - 1));
                    statement.setLength(0);
                }
            }
            c.commit();
        }
    }

    /** Each row as its columns' text joined by '|' (columns in the order given by the query). */
    static List<String> rows(DataSource ds, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        int type = rs.getMetaData().getColumnType(i);
                        boolean bool = type == Types.BOOLEAN || type == Types.BIT;
                        String value = bool ? Boolean.toString(rs.getBoolean(i)) : rs.getString(i);
                        row.append(i > 1 ? "|" : "").append(rs.wasNull() ? "null" : value);
                    }
                    rows.add(row.toString());
                }
            }
            c.commit();
        }
        return rows;
    }

    /** Every row of every table, by table; only the columns the tables had in version 1. */
    /** The columns each table has now: taken before migrating, so later versions' new columns are left out. */
    static Map<String, List<String>> columnsOf(DataSource ds, Set<String> tables) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, null, null, null)) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase();
                if (tables.contains(table)) {
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        return columns;
    }

    /** Every row of the tables, in the given columns only, ordered by each table's key. */
    static Map<String, List<String>> dumpTables(DataSource ds, Map<String, String> tables,
                                                Map<String, List<String>> columns) throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : tables.entrySet()) {
            String list = String.join(", ", columns.get(table.getKey()));
            dump.put(table.getKey(), rows(ds, "select " + list + " from " + table.getKey() + " order by " + table.getValue()));
        }
        return dump;
    }
}
