package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The access matrix on the real server: every principal (anonymous, admin, switch, the owner's
 * account user, a colleague account of the same customer, the customer's user, another customer's
 * user, another customer's account user) against every path (the recording, its audio, a signed
 * link, the lists, the call's list, the xDR list, the events, the self-service, admin writes,
 * maintenance, users, web event handlers, and the switch's own paths), with "show the call recording to myself only" off
 * and on. Every cell is asserted, allowed or denied, and none may answer 500.
 */
class AccessMatrixIT extends DeployedEar {

    enum Who { ANONYMOUS, ADMIN, SWITCH, OWNER, COLLEAGUE, CUSTOMER_USER, OTHER_CUSTOMER_USER, OTHER_ACCOUNT }

    /** One path, tried as one principal: its status and, for lists, whether the world's recording is in it. */
    record Cell(int status, Boolean listsTheRecording, String body) {
        String shown() {
            return status + (listsTheRecording == null ? "" : listsTheRecording ? "+" : "-");
        }
    }

    private static final String[] WHO_ORDER = {"anon", "admin", "switch", "owner", "colleague", "custUser", "otherCust",
            "otherAcct"};

    /** Expected cells, in {@link Who} order: a status, with + / - for "the list holds the recording" / "does not". */
    private static Map<String, String[]> expected(boolean ownerPrivate) {
        String custSees = ownerPrivate ? "404" : "200";
        String custLists = ownerPrivate ? "200-" : "200+";
        Map<String, String[]> m = new LinkedHashMap<>();
        //                            anon   admin   switch owner   colleague custUser  otherCust otherAcct
        m.put("get recording", row("401", "200", "403", "200", "404", custSees, "404", "404"));
        m.put("audio", row("401", "200", "403", "200", "404", custSees, "404", "404"));
        m.put("signed link", row("401", "200", "403", "200", "404", custSees, "404", "404"));
        m.put("signed link plays", row("-", "206", "-", "206", "-", ownerPrivate ? "-" : "206", "-", "-"));
        m.put("recording list", row("401", "200+", "403", "200+", "200-", custLists, "200-", "200-"));
        m.put("call's recordings", row("401", "200+", "403", "200+", "200-", custLists, "200-", "200-"));
        m.put("xdr list", row("401", "200+", "403", "200+", "200-", custLists, "200-", "200-"));
        m.put("events", row("401", "200+", "403", "200+", "200-", custLists, "200-", "200-"));
        m.put("self-service read", row("401", "200", "403", "200", "404", "200", "404", "404"));
        m.put("self-service write", row("401", "200", "403", "200", "404", "200", "404", "404"));
        m.put("privacy choice write", row("401", "200", "403", "200", "404", "403", "404", "404"));
        m.put("e-mail choice write", row("401", "403", "403", "403", "404", "403", "404", "404"));
        m.put("account read", row("401", "200", "403", "200", "404", "200", "404", "404"));
        m.put("account list", row("401", "200", "403", "403", "403", "200", "200", "403"));
        m.put("admin put", row("401", "201", "403", "403", "403", "403", "403", "403"));
        m.put("customer read", row("401", "200", "403", "403", "403", "200", "404", "403"));
        m.put("customer put", row("401", "201", "403", "403", "403", "403", "403", "403"));
        m.put("user read", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("user put", row("401", "201", "403", "403", "403", "403", "403", "403"));
        m.put("user delete", row("401", "404", "403", "403", "403", "403", "403", "403"));
        m.put("token issue", row("401", "201", "403", "403", "403", "403", "403", "403"));
        m.put("retention put", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("maintenance", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("requeue", row("401", "409", "403", "403", "403", "403", "403", "403"));
        m.put("storage", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("users", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("settings read", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("settings put", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("audit", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("sftp settings read", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("sftp settings put", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("sftp verify", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("export progress", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("export backfill", row("401", "400", "403", "403", "403", "403", "403", "403"));
        m.put("custom field list", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("custom field read", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("custom field put", row("401", "201", "403", "403", "403", "403", "403", "403"));
        m.put("custom field delete", row("401", "404", "403", "403", "403", "403", "403", "403"));
        m.put("account custom fields", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("account custom field read", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("account custom field put", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("customer custom fields", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("customer custom field read", row("401", "200", "403", "403", "403", "403", "403", "403"));
        m.put("customer custom field put", row("401", "200", "403", "403", "403", "403", "403", "403"));
        String replay = ownerPrivate ? "404" : "200";
        m.put("event handlers", row("401", "200", "403", "403", "403", "200", "200", "403"));
        m.put("event handler put", row("401", "201", "403", "403", "403", "201", "201", "403"));
        m.put("event handler read", row("401", "200", "403", "403", "403", "200", "404", "403"));
        m.put("event deliveries", row("401", "200", "403", "403", "403", "200", "404", "403"));
        m.put("event replay", row("401", replay, "403", "403", "403", replay, "404", "403"));
        m.put("event handler delete", row("401", "404", "403", "403", "403", "404", "404", "403"));
        m.put("post call", row("401", "201", "201", "403", "403", "403", "403", "403"));
        m.put("recording policy", row("401", "200", "200", "403", "403", "403", "403", "403"));
        m.put("announcement", row("401", "200", "200", "403", "403", "403", "403", "403"));
        m.put("who am I", row("401", "200", "200", "200", "200", "200", "200", "200"));
        m.put("health", row("200", "200", "200", "200", "200", "200", "200", "200"));
        return m;
    }

    private static String[] row(String... cells) {
        return cells;
    }

    @Test
    void everyCellWithShowToMyselfOnlyOff() throws Exception {
        AccessWorld w = AccessWorld.create(api());
        assertMatrix(w, false);
    }

    @Test
    void everyCellWithShowToMyselfOnlyOnAndTheCustomersEarlierLinkStopsWorking() throws Exception {
        AccessWorld w = AccessWorld.create(api());
        String customersLink = ApiClient.json(w.customerUser.get("recordings/" + w.recording + "/play-url").body())
                .getString("playUrl");
        assertThat(w.anonymous.getAbsolute(customersLink).statusCode()).isEqualTo(200);
        w.ownerKeepsRecordingsPrivate(true);
        assertMatrix(w, true);

        HttpResponse<byte[]> lost = w.anonymous.getAbsolute(customersLink);
        assertThat(lost.statusCode()).as("a link of a customer user who may no longer see the recording").isEqualTo(403);
        assertThat(ApiClient.json(new String(lost.body())).getString("error"))
                .isEqualTo("the play link's user may no longer play this recording");
        JsonObject read = ApiClient.json(api().get("audit?recording=" + w.recording + "&limit=1000").body());
        assertThat(read.getJsonArray("items").getValuesAs(JsonObject.class))
                .as("an admin reading a private recording is in the access log")
                .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("read"));

        w.ownerKeepsRecordingsPrivate(false);
        assertThat(w.anonymous.getAbsolute(customersLink).statusCode()).as("visible again: the link plays again").isEqualTo(200);
    }

    private void assertMatrix(AccessWorld w, boolean ownerPrivate) {
        Map<Who, ApiClient> clients = new EnumMap<>(Who.class);
        clients.put(Who.ANONYMOUS, w.anonymous);
        clients.put(Who.ADMIN, w.admin);
        clients.put(Who.SWITCH, w.switchToken);
        clients.put(Who.OWNER, w.ownerUser);
        clients.put(Who.COLLEAGUE, w.colleagueUser);
        clients.put(Who.CUSTOMER_USER, w.customerUser);
        clients.put(Who.OTHER_CUSTOMER_USER, w.otherCustomerUser);
        clients.put(Who.OTHER_ACCOUNT, w.otherAccountUser);
        long storedBefore = total();
        long event = worldHandler(w);
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, String[]> op : expected(ownerPrivate).entrySet()) {
            for (Who who : Who.values()) {
                String want = op.getValue()[who.ordinal()];
                Cell got = operation(op.getKey(), w, event).apply(clients.get(who));
                cells++;
                if (got == null ? !want.equals("-") : !got.shown().equals(want)) {
                    wrong.add(op.getKey() + " as " + WHO_ORDER[who.ordinal()] + ": expected " + want + ", got "
                            + (got == null ? "-" : got.shown() + " " + got.body()));
                }
                if (got != null) {
                    assertThat(got.status()).as(op.getKey() + " as " + who).isNotEqualTo(500);
                    if (got.status() >= 400) {
                        assertThat(ApiClient.json(got.body()).getString("error")).as(op.getKey() + " as " + who).isNotBlank();
                    }
                }
            }
        }
        assertThat(wrong).as("cells that differ from the matrix (private=" + ownerPrivate + ")").isEmpty();
        assertThat(cells).isEqualTo(expected(ownerPrivate).size() * Who.values().length);
        assertThat(total()).as("only the admin's and the switch's posted calls were stored").isEqualTo(storedBefore + 2);
    }

    private long total() {
        return ApiClient.json(api().get("recordings?limit=1").body()).getJsonNumber("total").longValue();
    }

    /** What each path of the matrix does, as a function of the principal's client. */
    private Function<ApiClient, Cell> operation(String name, AccessWorld w, long event) {
        String id = "recordings/" + w.recording;
        return switch (name) {
            case "get recording" -> c -> cell(c.get(id));
            case "audio" -> c -> bytes(c.getBytes(id + "/audio", null));
            case "signed link" -> c -> cell(c.get(id + "/play-url"));
            case "signed link plays" -> c -> {
                HttpResponse<String> issued = c.get(id + "/play-url");
                if (issued.statusCode() != 200) {
                    return null;
                }
                String url = ApiClient.json(issued.body()).getString("playUrl");
                return bytes(w.anonymous.getAbsolute(url, "bytes=0-43"));
            };
            case "recording list" -> c -> listed(c.get("recordings?limit=1000"), "id", w.recording);
            case "call's recordings" -> c -> listed(c.get("recordings?h323ConfId=" + w.h323ConfId), "id", w.recording);
            case "xdr list" -> c -> listed(c.get("xdrs?limit=1000"), "id", w.xdrId);
            case "events" -> c -> events(c, w.recording);
            case "self-service read" -> c -> cell(c.get("accounts/" + w.owner + "/self-service"));
            case "self-service write" -> c -> cell(c.put("accounts/" + w.owner + "/self-service",
                    "{\"autoRecordRedirected\":\"on\"}"));
            case "privacy choice write" -> c -> cell(c.put("accounts/" + w.owner + "/self-service",
                    "{\"showToMyselfOnly\":\"" + (w.ownerPrivate() ? "on" : "off") + "\"}"));
            // The world's customers have no class with "New call recording is available": delivery is
            // closed to their accounts, so no end user (nor the admin through self-service) may switch it.
            case "e-mail choice write" -> c -> cell(c.put("accounts/" + w.owner + "/self-service",
                    "{\"sendViaEmail\":\"on\"}"));
            case "account read" -> c -> cell(c.get("accounts/" + w.owner));
            case "account list" -> c -> cell(c.get("accounts"));
            case "admin put" -> c -> cell(c.put("products/p-" + UUID.randomUUID(), "{\"name\":\"p\"}"));
            case "customer read" -> c -> cell(c.get("customers/" + w.customerA));
            case "customer put" -> c -> cell(c.put("customers/c-" + UUID.randomUUID(), "{\"name\":\"c\"}"));
            case "user read" -> c -> cell(c.get("users/" + w.switchLogin));
            case "user put" -> c -> cell(c.put("users/u-" + UUID.randomUUID(),
                    "{\"role\":\"switch\",\"password\":\"a-password-long-enough\"}"));
            case "user delete" -> c -> cell(c.delete("users/nobody-" + UUID.randomUUID()));
            case "token issue" -> c -> cell(c.post("users/" + w.switchLogin + "/tokens", "{\"name\":\"matrix\"}"));
            case "retention put" -> c -> cell(c.put("customers/" + w.customerA + "/retention", "{\"days\":365}"));
            case "maintenance" -> c -> cell(c.post("maintenance/reconciliation"));
            case "requeue" -> c -> cell(c.post(id + "/requeue"));
            case "storage" -> c -> cell(c.get("storage"));
            case "users" -> c -> cell(c.get("users"));
            case "settings read" -> c -> cell(c.get("settings"));
            case "settings put" -> c -> cell(c.put("settings", "{\"RecordsDelivery.Enabled\":false}"));
            case "audit" -> c -> cell(c.get("audit?limit=1"));
            case "sftp settings read" -> c -> cell(c.get("settings/sftp-storage"));
            case "sftp settings put" -> c -> cell(c.put("settings/sftp-storage", "{\"enabled\":false}"));
            case "sftp verify" -> c -> cell(c.post("settings/sftp-storage/verify"));
            case "export progress" -> c -> cell(c.get("exports"));
            // an empty range: the admin's 400 comes after the role check, whatever the export settings are
            case "export backfill" -> c -> cell(c.post("exports?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"));
            case "custom field list" -> c -> cell(c.get("custom-fields"));
            case "custom field read" -> c -> cell(c.get("custom-fields/" + w.customField));
            case "custom field put" -> c -> cell(c.put("custom-fields/F_" + UUID.randomUUID().toString().substring(0, 8),
                    "{\"appliesTo\":[\"ACCOUNT\"]}"));
            case "custom field delete" -> c -> cell(c.delete("custom-fields/Nothing_" + UUID.randomUUID().toString().substring(0, 8)));
            case "account custom fields" -> c -> cell(c.get("accounts/" + w.owner + "/custom-fields"));
            case "account custom field read" -> c -> cell(c.get("accounts/" + w.owner + "/custom-fields/" + w.customField));
            case "account custom field put" -> c -> cell(c.put("accounts/" + w.owner + "/custom-fields/" + w.customField,
                    "{\"value\":\"matrix\"}"));
            case "customer custom fields" -> c -> cell(c.get("customers/" + w.customerA + "/custom-fields"));
            case "customer custom field read" -> c -> cell(c.get("customers/" + w.customerA + "/custom-fields/" + w.customField));
            case "customer custom field put" -> c -> cell(c.put("customers/" + w.customerA + "/custom-fields/" + w.customField,
                    "{\"value\":\"matrix\"}"));
            case "event handlers" -> c -> cell(c.get("event-handlers"));
            case "event handler put" -> c -> cell(c.put("event-handlers/m-" + UUID.randomUUID().toString().substring(0, 8),
                    handlerJson(null)));
            case "event handler read" -> c -> cell(c.get("event-handlers/" + handlerOf(w)));
            case "event deliveries" -> c -> cell(c.get("event-handlers/" + handlerOf(w) + "/deliveries"));
            case "event replay" -> c -> cell(c.post("event-handlers/" + handlerOf(w) + "/deliveries/" + event + "/replay"));
            case "event handler delete" -> c -> cell(c.delete("event-handlers/nobody-" + UUID.randomUUID()));
            case "post call" -> c -> cell(c.postCall(callJson("acc-posted-" + w.suffix), Captures.twoLegCall()));
            case "recording policy" -> c -> cell(c.get("recording-policy?account=" + w.owner + "&direction=outgoing"));
            case "announcement" -> c -> bytes(c.getBytes("announcements/started", null));
            case "who am I" -> c -> cell(c.get("users/me"));
            case "health" -> c -> cell(c.get("health"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Customer A's web event handler (its URL a closed loopback port, allowed through WebEvents.AllowedHosts);
     * returns the id of the world recording's event, which the replay row sends again.
     */
    private long worldHandler(AccessWorld w) {
        boolean mail = ApiClient.json(api().get("settings").body()).getBoolean("RecordsDelivery.Enabled");
        assertThat(api().put("settings", "{\"RecordsDelivery.Enabled\":" + mail + ",\"WebEvents.AllowedHosts\":\"127.0.0.1\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> put = api().put("event-handlers/" + handlerOf(w), handlerJson(w.customerA));
        assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
        long after = 0;
        while (true) {
            List<JsonObject> items = ApiClient.json(api().get("recording-events?limit=1000&after=" + after).body())
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).as("the world recording's event").isNotEmpty();
            for (JsonObject e : items) {
                if (e.getJsonNumber("recordingId").longValue() == w.recording) {
                    return e.getJsonNumber("id").longValue();
                }
                after = e.getJsonNumber("id").longValue();
            }
        }
    }

    private static String handlerOf(AccessWorld w) {
        return "wh-" + w.suffix;
    }

    private static String handlerJson(String customer) {
        return "{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"matrix-secret-0123456789\","
                + "\"events\":[\"NewCallRecordingIsAvailable\"]" + (customer == null ? "" : ",\"customer\":\"" + customer + "\"")
                + "}";
    }

    private static Cell cell(HttpResponse<String> r) {
        return new Cell(r.statusCode(), null, r.body());
    }

    private static Cell bytes(HttpResponse<byte[]> r) {
        boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        return new Cell(r.statusCode(), null, json ? new String(r.body()) : "(audio)");
    }

    /** Pages through every event the caller may read, as a consumer of the outbox does. */
    private static Cell events(ApiClient c, long recording) {
        long after = 0;
        boolean holds = false;
        while (true) {
            HttpResponse<String> page = c.get("recording-events?limit=1000&after=" + after);
            if (page.statusCode() != 200) {
                return cell(page);
            }
            List<JsonObject> items = ApiClient.json(page.body()).getJsonArray("items").getValuesAs(JsonObject.class);
            if (items.isEmpty()) {
                return new Cell(200, holds, "");
            }
            for (JsonObject e : items) {
                holds |= e.getJsonNumber("recordingId").longValue() == recording;
                after = e.getJsonNumber("id").longValue();
            }
        }
    }

    private static Cell listed(HttpResponse<String> r, String field, long id) {
        if (r.statusCode() != 200) {
            return cell(r);
        }
        boolean holds = ApiClient.json(r.body()).getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .anyMatch(item -> item.containsKey(field) && item.getJsonNumber(field).longValue() == id);
        return new Cell(200, holds, "");
    }
}
