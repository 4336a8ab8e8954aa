package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.sftp.testing.TestSshd;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Export to SFTP storage in the real EAR against OpenSSH's sshd started by the test (the harness the
 * adapter's own tests use): settings through the API, a completed recording's audio and JSON metadata
 * arriving intact, Verify naming each kind of failure, and a recording that completes while the storage
 * is down exported exactly once when it is back. The server and sshd share this machine, so the storage's
 * remote paths are local paths the test reads.
 */
class SftpExportIT extends DeployedEar {

    private static final String CUSTOMER = "it-export";
    private static final String ENVIRONMENT = "it-env";
    private static TestSshd sshd;
    private static ApiClient admin;

    @BeforeEach
    void startSshdOnce() {
        if (sshd == null) {
            sshd = TestSshd.start();
        }
        admin = api();
    }

    /** Export off again, so later test classes on this server queue nothing; then sshd stops. */
    @AfterAll
    static void disableExportAndStopSshd() {
        try {
            if (admin != null) {
                admin.put("settings/sftp-storage", "{\"enabled\":false}");
            }
        } finally {
            if (sshd != null) {
                sshd.close();
            }
        }
    }

    /** Settings for the test server's sshd (key login), export on, the root given. */
    private static final List<String> ITEMS = List.of("Conf:CDR_Accounts.h323_conf_id", "CustomerName:Customers.name",
            "Called:cdr_accounts.calledNumber");

    private static JsonObjectBuilder settings(Path root) {
        JsonArrayBuilder items = Json.createArrayBuilder(ITEMS);
        return Json.createObjectBuilder().add("enabled", true).add("host", "127.0.0.1").add("port", sshd.port())
                .add("user", sshd.user()).add("private_key", sshd.clientKey().privateKey())
                .add("host_key", sshd.knownHostsLine()).add("root_path", root.toString())
                .add("meta_file_items", items).add("environment", ENVIRONMENT);
    }

    private static void save(JsonObjectBuilder settings) {
        HttpResponse<String> saved = admin.put("settings/sftp-storage", settings.build().toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject view = ApiClient.json(saved.body());
        assertThat(view.getString("private_key")).isEqualTo("set");
        assertThat(view.getString("password")).isEqualTo("not set");
        assertThat(saved.body()).as("no secret is echoed").doesNotContain("PRIVATE KEY");
    }

    @Test
    void aCompletedRecordingArrivesIntactWithItsMetadata() throws Exception {
        Path root = sshd.directory("intact");
        admin.put("customers/" + CUSTOMER, "{\"name\":\"Export Customer\"}");
        String account = customFieldsOfTheCallersAccountAndCustomer();
        save(settings(root).add("meta_file_items", Json.createArrayBuilder(ITEMS)
                .add("CallCabinetCustomerGUID:Custom_Fields_Name.CallCabinet_CustomerID")
                .add("Region:Custom_Fields_Name.Region").add("Unset:Custom_Fields_Name.Unset_Field")));

        long id = post(callJson(CUSTOMER, Instant.now().minus(Duration.ofHours(1)), account, "outgoing"),
                Captures.twoLegCall());
        JsonObject recording = awaitExport(id, e -> e.getString("state").equals("EXPORTED"), Duration.ofSeconds(120));
        JsonObject export = recording.getJsonObject("export");
        assertThat(export.getString("state")).as(recording.toString()).isEqualTo("EXPORTED");
        assertThat(export.getInt("attempts")).isEqualTo(1);

        Path dir = dayFolder(root, recording);
        Path wav = dir.resolve(id + ".wav");
        assertThat(export.getString("path")).isEqualTo(wav.toString());
        byte[] audio = Files.readAllBytes(wav);
        assertThat((long) audio.length).isEqualTo(recording.getJsonNumber("sizeBytes").longValue());
        assertThat(sha256(audio)).isEqualTo(recording.getString("sha256"));
        assertThat(audio).isEqualTo(admin.getBytes("recordings/" + id + "/audio", null).body());

        JsonObject metadata = ApiClient.json(Files.readString(dir.resolve(id + ".json")));
        JsonObject xdr = recording.getJsonArray("xdrs").getJsonObject(0);
        assertThat(metadata.getJsonNumber("recordingId").longValue()).isEqualTo(id);
        assertThat(metadata.getString("sha256")).isEqualTo(recording.getString("sha256"));
        assertThat(metadata.getJsonNumber("sizeBytes").longValue()).isEqualTo(audio.length);
        assertThat(metadata.getJsonNumber("durationMillis").longValue()).isEqualTo(3000);
        assertThat(metadata.getString("format")).isEqualTo("wav");
        assertThat(metadata.getString("direction")).isEqualTo("OUTGOING");
        assertThat(metadata.getString("h323ConfId")).isEqualTo(xdr.getString("h323ConfId"));
        assertThat(metadata.getString("callingNumber")).isEqualTo("14155550100");
        assertThat(metadata.getString("calledNumber")).isEqualTo("14155550199");
        assertThat(Instant.parse(metadata.getString("connectTime"))).isEqualTo(Instant.parse(xdr.getString("connectTime")));
        assertThat(Instant.parse(metadata.getString("disconnectTime"))).isEqualTo(Instant.parse(xdr.getString("disconnectTime")));
        JsonObject items = metadata.getJsonObject("metaFileItems");
        assertThat(items.getString("Conf")).isEqualTo(xdr.getString("h323ConfId"));
        assertThat(items.getString("CustomerName")).isEqualTo("Export Customer");
        assertThat(items.getString("Called")).isEqualTo("14155550199");
        assertThat(items.getString("CallCabinetCustomerGUID")).as("the account's own value").isEqualTo("cc-account-7");
        assertThat(items.getString("Region")).as("the customer's, the account having none").isEqualTo("emea");
        assertThat(items.isNull("Unset")).as("unset: null, not left out").isTrue();
        assertThat(files(dir)).containsExactlyInAnyOrder(id + ".wav", id + ".json");

        HttpResponse<String> inUse = admin.delete("custom-fields/CallCabinet_CustomerID");
        assertThat(inUse.statusCode()).as("meta_file_items uses it").isEqualTo(409);
    }

    /**
     * Three custom fields: CallCabinet_CustomerID set on the customer and on the caller's account (its own
     * value wins), Region set on the customer only, Unset_Field set nowhere. The account records its
     * outgoing calls; its id is returned.
     */
    private static String customFieldsOfTheCallersAccountAndCustomer() {
        String account = "it-export-acct";
        ok(admin.put("products/it-export-rec", "{\"name\":\"rec\",\"callRecording\":{\"autoRecordOutgoing\":true}}"));
        ok(admin.put("accounts/" + account, "{\"customer\":\"" + CUSTOMER + "\",\"product\":\"it-export-rec\"}"));
        ok(admin.put("custom-fields/CallCabinet_CustomerID", "{\"appliesTo\":[\"ACCOUNT\",\"CUSTOMER\"]}"));
        ok(admin.put("custom-fields/Region", "{\"appliesTo\":[\"ACCOUNT\",\"CUSTOMER\"]}"));
        ok(admin.put("custom-fields/Unset_Field", "{\"appliesTo\":[\"CUSTOMER\"]}"));
        ok(admin.put("customers/" + CUSTOMER + "/custom-fields/CallCabinet_CustomerID", "{\"value\":\"cc-customer\"}"));
        ok(admin.put("accounts/" + account + "/custom-fields/CallCabinet_CustomerID", "{\"value\":\"cc-account-7\"}"));
        ok(admin.put("customers/" + CUSTOMER + "/custom-fields/Region", "{\"value\":\"emea\"}"));
        return account;
    }

    @Test
    void verifyNamesEachFailureWithItsOwnMessage() {
        Path root = sshd.directory("verify");
        save(settings(root));
        JsonObject good = verify(null);
        assertThat(good.getBoolean("ok")).as(good.toString()).isTrue();
        assertThat(files(root)).as("the probe file was removed").isEmpty();

        JsonObject wrongPassword = verify(settings(root).add("private_key", "").add("password", "not the password"));
        assertThat(check(wrongPassword, "login").getBoolean("ok")).as(wrongPassword.toString()).isFalse();
        assertThat(check(wrongPassword, "login").getString("message")).contains("refused the login");
        assertThat(check(wrongPassword, "host_key").getBoolean("ok")).isTrue();

        JsonObject wrongHostKey = verify(settings(root).add("host_key", sshd.ecdsaHostKey().fingerprint()));
        assertThat(check(wrongHostKey, "host_key").getString("message")).as(wrongHostKey.toString())
                .contains("host key is not the expected one");
        assertThat(check(wrongHostKey, "host_key").getBoolean("ok")).isFalse();

        Path readOnly = sshd.readOnlyDirectory("verify-readonly");
        JsonObject unwritable = verify(settings(readOnly));
        assertThat(check(unwritable, "root_path").getBoolean("ok")).as(unwritable.toString()).isTrue();
        assertThat(check(unwritable, "writable").getBoolean("ok")).isFalse();
        assertThat(check(unwritable, "writable").getString("message")).contains("is not writable")
                .contains("permission denied");

        JsonObject missingRoot = verify(settings(root.resolve("nowhere")));
        assertThat(check(missingRoot, "root_path").getString("message")).contains("does not exist");

        JsonObject badItem = verify(settings(root).add("meta_file_items", Json.createArrayBuilder().add("X:Customers.colour")));
        assertThat(check(badItem, "meta_file_items").getBoolean("ok")).as(badItem.toString()).isFalse();
        assertThat(check(badItem, "meta_file_items").getString("message")).contains("has no column colour");
        assertThat(check(badItem, "writable").getBoolean("ok")).as("the server checks still pass").isTrue();

        JsonObject undefinedField = verify(settings(root).add("meta_file_items",
                Json.createArrayBuilder().add("G:Custom_Fields_Name.Never_Defined")));
        assertThat(check(undefinedField, "meta_file_items").getBoolean("ok")).as(undefinedField.toString()).isFalse();
        assertThat(check(undefinedField, "meta_file_items").getString("message"))
                .contains("'G:Custom_Fields_Name.Never_Defined': there is no custom field Never_Defined");

        HttpResponse<String> refused = admin.put("settings/sftp-storage", settings(root)
                .add("meta_file_items", Json.createArrayBuilder().add("G:Custom_Fields_Name.Never_Defined"))
                .build().toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(refused.body()).getString("error")).contains("there is no custom field Never_Defined");
    }

    @Test
    void aRecordingCompletedWhileTheStorageIsDownIsExportedOnceItIsBack() throws Exception {
        Path root = sshd.directory("outage");
        save(settings(root));
        sshd.kill();
        long id;
        try {
            id = post(callJson(CUSTOMER), Captures.twoLegCall());
            JsonObject failing = awaitExport(id, e -> e.getInt("attempts") >= 1 && e.containsKey("lastError"),
                    Duration.ofSeconds(120));
            JsonObject export = failing.getJsonObject("export");
            assertThat(export.getString("state")).as(failing.toString()).isEqualTo("PENDING");
            // a fresh connection finds nobody listening; a pooled one from before finds its session gone
            assertThat(export.getString("lastError")).containsAnyOf("cannot be reached", "the transfer failed",
                    "stopped answering");
        } finally {
            sshd.restart();
        }
        JsonObject recording = awaitExport(id, e -> e.getString("state").equals("EXPORTED"), Duration.ofSeconds(180));
        JsonObject export = recording.getJsonObject("export");
        assertThat(export.getString("state")).as(recording.toString()).isEqualTo("EXPORTED");
        assertThat(export.getInt("attempts")).isGreaterThanOrEqualTo(2);
        Path dir = dayFolder(root, recording);
        assertThat(files(dir)).containsExactlyInAnyOrder(id + ".wav", id + ".json");
        assertThat(sha256(Files.readAllBytes(dir.resolve(id + ".wav")))).isEqualTo(recording.getString("sha256"));

        Thread.sleep(15_000); // a second delivery would have come by now
        JsonObject later = recording(id).getJsonObject("export");
        assertThat(later.getInt("attempts")).as("exported exactly once, not again").isEqualTo(export.getInt("attempts"));
        assertThat(later.getString("at")).isEqualTo(export.getString("at"));
    }

    @Test
    void aBackfillExportsRecordingsMadeWhileExportWasOff() throws Exception {
        Path root = sshd.directory("backfill");
        String customer = "it-backfill";
        assertThat(admin.put("settings/sftp-storage", settings(root).add("enabled", false).build().toString()).statusCode())
                .isEqualTo(200);
        long id = post(callJson(customer), Captures.twoLegCall());
        JsonObject before = awaitFinal(id);
        assertThat(before.getString("state")).isEqualTo("AVAILABLE");
        assertThat(before.getJsonObject("export").getString("state")).as("export was off").isEqualTo("NONE");
        String range = "exports?from=" + Instant.now().minus(Duration.ofDays(1)) + "&to=" + Instant.now().plusSeconds(60)
                + "&customer=" + customer;
        assertThat(admin.post(range).statusCode()).as("refused while export is off").isEqualTo(409);

        save(settings(root));
        HttpResponse<String> queued = admin.post(range);
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(200);
        assertThat(ApiClient.json(queued.body()).getInt("queued")).isEqualTo(1);
        JsonObject recording = awaitExport(id, e -> e.getString("state").equals("EXPORTED"), Duration.ofSeconds(120));
        assertThat(recording.getJsonObject("export").getString("state")).as(recording.toString()).isEqualTo("EXPORTED");
        assertThat(ApiClient.json(admin.post(range).body()).getInt("queued")).as("an exported recording is not queued again")
                .isZero();
        JsonObject progress = ApiClient.json(admin.get("exports").body());
        assertThat(progress.getJsonNumber("EXPORTED").longValue()).isPositive();
        Path dir = root.resolve(ENVIRONMENT).resolve(customer);
        try (Stream<Path> tree = Files.walk(dir)) {
            assertThat(tree.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(id + ".wav", id + ".json");
        }
    }

    private static JsonObject verify(JsonObjectBuilder settings) {
        HttpResponse<String> answer = settings == null ? admin.post("settings/sftp-storage/verify")
                : admin.post("settings/sftp-storage/verify", settings.build().toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApiClient.json(answer.body());
    }

    private static JsonObject check(JsonObject verification, String name) {
        return verification.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + verification));
    }

    /** Polls the recording until its export satisfies the condition (or the deadline passes; the caller asserts). */
    private JsonObject awaitExport(long id, Predicate<JsonObject> condition, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            JsonObject recording = recording(id);
            JsonObject export = recording.getJsonObject("export");
            if (export != null && condition.test(export) || Instant.now().isAfter(deadline)) {
                return recording;
            }
            Thread.sleep(500);
        }
    }

    private static Path dayFolder(Path root, JsonObject recording) {
        LocalDate day = Instant.parse(recording.getString("recordedAt")).atZone(ZoneOffset.UTC).toLocalDate();
        return root.resolve(ENVIRONMENT).resolve(CUSTOMER).resolve(String.format("%04d", day.getYear()))
                .resolve(String.format("%02d", day.getMonthValue())).resolve(String.format("%02d", day.getDayOfMonth()));
    }

    /** The names in a folder, hidden ones (temporary uploads) included. */
    private static List<String> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
