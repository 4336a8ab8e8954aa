package io.callrec.infrastructure.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The indexes of a freshly migrated database, for the lookups the server makes on every call, conversion,
 * mail and maintenance run: a table of millions of recordings and xDRs must not be read whole for one of
 * them. On H2 and on PostgreSQL (which, unlike H2, makes no index for a foreign key by itself): every
 * foreign key's columns lead an index; each column the server searches by leads one; and on PostgreSQL
 * the planner answers each per-call lookup from an index, not by reading the searched table.
 */
class SchemaIndexesTest {

    /** The (table, column) the server searches by, with who does. */
    private static final List<Lookup> LOOKUPS = List.of(
            new Lookup("recording", "capturepath", "Recordings.captureNeededElsewhere, each conversion and expiry"),
            new Lookup("recording", "splitfrom", "Recordings.xdrsOfCall, each conversion"),
            new Lookup("recording", "recordedat", "Recordings.idsToExpire (retention), ExportRecords"),
            new Lookup("recording", "createdat", "Recordings.countByStateSince (dashboard)"),
            new Lookup("recording", "completedat", "Recordings.reasons and finished (dashboard)"),
            new Lookup("recording", "state", "the conversion queue, stuck and failed recordings"),
            new Lookup("cdr_account", "recording_id", "Recordings.xdrsOf, xdrsOfCall, audienceOf; the visibility rule"),
            new Lookup("cdr_account", "h323confid", "Recordings.ofCall"),
            new Lookup("cdr_account", "accountid", "the xDR panel by account"),
            new Lookup("recording_control", "recording_id", "RecordingControls.of and all, each conversion"),
            new Lookup("recording_call_leg", "recording_id", "RecordingControls.legsOf, each conversion"),
            new Lookup("account_add_on", "account_id", "an account's add-ons, loaded with it on each call"),
            new Lookup("app_user", "account_id", "Users.accountUser, each mailed play link"),
            new Lookup("recording_event", "recordingid", "a recording's outcome events"),
            new Lookup("recording_event", "feedposition", "the outcome feed and the web event handlers"),
            new Lookup("event_delivery", "handlerid", "a web event handler's deliveries"),
            new Lookup("audit_log", "recordingid", "the audit log by recording"),
            new Lookup("api_token", "owner_login", "a user's API tokens"));

    /**
     * The per-call lookups, each written by hand as the SQL Hibernate renders its JPQL (ids and values
     * written in; change it with the query), and the table and column each must find its rows by.
     */
    private static final List<Explained> PER_CALL = List.of(
            new Explained("Recordings.captureNeededElsewhere", "recording", "capturepath",
                    "select count(r.id) from recording r where r.capturepath = '/spool/a.cap' and r.id <> 1"),
            new Explained("Recordings.xdrsOf", "cdr_account", "recording_id",
                    "select x.* from cdr_account x where x.recording_id = 1 order by x.id"),
            new Explained("Recordings.xdrsOfCall (the call's recordings)", "recording", "splitfrom",
                    "select x.* from cdr_account x where x.recording_id in (select r.id from recording r"
                            + " where r.id = 1 or r.splitfrom = 1) order by x.id"),
            new Explained("Recordings.xdrsOfCall (their xDRs)", "cdr_account", "recording_id",
                    "select x.* from cdr_account x where x.recording_id in (select r.id from recording r"
                            + " where r.id = 1 or r.splitfrom = 1) order by x.id"),
            new Explained("Recordings.audienceOf", "cdr_account", "recording_id",
                    "select x.id, x.accountid, coalesce(x.customerid, xc.id), x.entitled, coalesce(xa.recordingsprivate, false)"
                            + " from cdr_account x left join account xa on xa.id = x.accountid"
                            + " left join customer xc on xc.id = xa.customer_id where x.recording_id = 1 order by x.id"),
            new Explained("RecordingControls.all", "recording_control", "recording_id",
                    "select c.* from recording_control c where c.recording_id = 1 order by c.id"),
            new Explained("RecordingControls.legsOf", "recording_call_leg", "recording_id",
                    "select l.* from recording_call_leg l where l.recording_id = 1 order by l.id"),
            new Explained("Account.addOns (loaded with the account)", "account_add_on", "account_id",
                    "select p.* from account_add_on a join product p on p.id = a.addons_id where a.account_id = '1001'"),
            new Explained("Users.accountUser", "app_user", "account_id",
                    "select u.login from app_user u where u.role = 'ACCOUNT' and u.account_id = '1001'"
                            + " order by u.login fetch first 1 rows only"));

    @Test
    void h2ForeignKeysLeadAnIndex() throws Exception {
        assertThat(foreignKeysWithoutIndex(migrated(TestDatabases.h2("indexes")))).isEmpty();
    }

    @Test
    void h2LookupColumnsLeadAnIndex() throws Exception {
        assertThat(lookupsWithoutIndex(migrated(TestDatabases.h2("lookups")))).isEmpty();
    }

    @Nested
    class OnPostgresql extends WithTestPostgres {

        @Override
        protected String folder() {
            return "indexes-test-postgres";
        }

        @Test
        void foreignKeysLeadAnIndex() throws Exception {
            assertThat(foreignKeysWithoutIndex(migrated(postgres.createDatabase("indexes")))).isEmpty();
        }

        @Test
        void lookupColumnsLeadAnIndex() throws Exception {
            assertThat(lookupsWithoutIndex(migrated(postgres.createDatabase("lookups")))).isEmpty();
        }

        /**
         * With sequential scans priced out, a lookup that still reads its table whole has no index to use;
         * one that has uses it with a condition on the searched column (not a walk of the whole primary key).
         */
        @Test
        void perCallLookupsReadTheirTableByAnIndex() throws Exception {
            DataSource ds = migrated(postgres.createDatabase("plans"));
            List<String> failures = new ArrayList<>();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("set enable_seqscan = off");
                for (Explained lookup : PER_CALL) {
                    String plan = plan(s, lookup.sql());
                    Pattern byColumn = Pattern.compile("(Index|Recheck) Cond: .*\\b" + lookup.column() + "\\b");
                    if (plan.contains("Seq Scan on " + lookup.table() + " ") || !byColumn.matcher(plan).find()) {
                        failures.add(lookup.name() + " does not find " + lookup.table() + " rows by " + lookup.column()
                                + ":\n" + plan);
                    }
                }
            }
            assertThat(failures).isEmpty();
        }
    }

    private static DataSource migrated(DataSource ds) {
        SchemaMigrations.migrate(ds);
        return ds;
    }

    private static String plan(Statement s, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery("explain " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** Each foreign key (table, name: columns) that no index leads with, i.e. whose children are found by a full read. */
    private static List<String> foreignKeysWithoutIndex(DataSource ds) throws SQLException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables(c)) {
                Map<String, Map<Integer, String>> keys = new TreeMap<>();
                try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), table)) {
                    while (rs.next()) {
                        keys.computeIfAbsent(rs.getString("FK_NAME"), k -> new TreeMap<>())
                                .put(rs.getInt("KEY_SEQ"), rs.getString("FKCOLUMN_NAME").toLowerCase());
                    }
                }
                List<List<String>> indexes = indexes(c, table);
                checked += keys.size();
                keys.forEach((name, columns) -> {
                    List<String> key = List.copyOf(columns.values());
                    if (indexes.stream().noneMatch(index -> leads(index, key))) {
                        missing.add(table.toLowerCase() + " " + name.toLowerCase() + ": " + key);
                    }
                });
            }
        }
        assertThat(checked).as("foreign keys found (the schema has 16)").isGreaterThanOrEqualTo(16);
        return missing;
    }

    /** The listed lookups no index leads with. */
    private static List<Lookup> lookupsWithoutIndex(DataSource ds) throws SQLException {
        List<Lookup> missing = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            Map<String, String> names = new TreeMap<>();
            tables(c).forEach(t -> names.put(t.toLowerCase(), t));
            for (Lookup lookup : LOOKUPS) {
                assertThat(names).as("table of " + lookup).containsKey(lookup.table());
                if (indexes(c, names.get(lookup.table())).stream()
                        .noneMatch(index -> index.get(0).equals(lookup.column()))) {
                    missing.add(lookup);
                }
            }
        }
        return missing;
    }

    /** Whether the index's first columns are the key's (in any order). */
    private static boolean leads(List<String> index, List<String> key) {
        return index.size() >= key.size() && index.subList(0, key.size()).containsAll(key);
    }

    /** The tables of the connection's schema, as the database spells their names. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** Each index of the table (primary key and unique ones too) as its columns in order, lower case. */
    private static List<List<String>> indexes(Connection c, String table) throws SQLException {
        Map<String, Map<Integer, String>> indexes = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getIndexInfo(null, c.getSchema(), table, false, false)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                if (rs.getString("INDEX_NAME") != null && column != null) {
                    indexes.computeIfAbsent(rs.getString("INDEX_NAME"), i -> new TreeMap<>())
                            .put((int) rs.getShort("ORDINAL_POSITION"), column.toLowerCase());
                }
            }
        }
        return indexes.values().stream().map(columns -> List.copyOf(columns.values())).toList();
    }

    private record Lookup(String table, String column, String by) {
    }

    private record Explained(String name, String table, String column, String sql) {
    }
}
