package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The visibility rule's two forms agree, and agree with the words, on random data: seeded
 * random accounts (two customers, products with and without "show to myself only", account
 * overrides), random calls with one to three xDRs (some entitled, some not, some without a customer id,
 * some of accounts not configured here), and every caller. For each caller, the lists (filtered in the
 * query), every single read (the per-recording rule), the call lists, the xDR panel and the events must
 * all say the same, and must be what an oracle written from the issue says. Then privacy changes
 * through a product and an end user's self-service, and everything is checked again.
 * Seed: -Dcallrec.it.seed=N repeats a run.
 */
class VisibilityAgreementIT extends DeployedEar {

    private static final int ACCOUNTS = 6;
    private static final int CALLS = 14;
    /** Calls whose own list (?h323ConfId=) each caller reads. */
    private static final int CALL_LISTS = 4;

    private final String s = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> customers = List.of("vx-" + s, "vy-" + s);
    private final Map<String, String> customerOf = new LinkedHashMap<>();
    private final List<String> unconfigured = List.of("vu1-" + s, "vu2-" + s);
    private final List<String> calls = new ArrayList<>();
    private final Map<String, ApiClient> callers = new LinkedHashMap<>();
    private final Map<String, String[]> identity = new HashMap<>();

    @Test
    void listsSingleReadsXdrsAndEventsAgreeWithTheRuleForRandomCallsAndCallers() throws Exception {
        long seed = Long.getLong("callrec.it.seed", System.nanoTime());
        System.out.println("VisibilityAgreementIT seed " + seed + " (-Dcallrec.it.seed=" + seed + " repeats it)");
        Random random = new Random(seed);
        String[] products = setUpOffer();
        for (int i = 0; i < ACCOUNTS; i++) {
            String account = "va" + i + "-" + s;
            String customer = customers.get(random.nextInt(2));
            customerOf.put(account, customer);
            String setting = new String[] {"inherit", "on", "off"}[random.nextInt(3)];
            ok(api().put("accounts/" + account, "{\"customer\":\"" + customer + "\",\"product\":\"" + products[random.nextInt(4)]
                    + "\",\"accessRole\":\"vrole-" + s + "\",\"serviceConfiguration\":{\"showToMyselfOnly\":\"" + setting + "\"}}"));
            caller("u-" + account, "{\"role\":\"account\",\"account\":\"" + account + "\"", "account", account);
        }
        for (String customer : customers) {
            caller("u-" + customer, "{\"role\":\"customer\",\"customer\":\"" + customer + "\"", "customer", customer);
        }
        callers.put("admin", api());
        identity.put("admin", new String[] {"admin", null});
        List<String> everyAccount = new ArrayList<>(customerOf.keySet());
        everyAccount.addAll(unconfigured);
        List<Long> posted = new ArrayList<>();
        for (int c = 0; c < CALLS; c++) {
            posted.add(postRandomCall(random, everyAccount));
        }
        for (long id : posted) {
            awaitFinal(id);
        }
        checkEveryCaller("as made");

        // Privacy changes through a product (every account using it) and through an end user's self-service.
        ok(api().put("products/" + products[2], "{\"name\":\"private\",\"callRecording\":{\"autoRecordIncoming\":true,"
                + "\"autoRecordOutgoing\":true}}"));
        String flipped = everyAccount.get(random.nextInt(ACCOUNTS));
        boolean wasPrivate = ApiClient.json(api().get("accounts/" + flipped).body()).getJsonObject("effectiveConfiguration")
                .getBoolean("showToMyselfOnly");
        ok(callers.get("u-" + flipped).put("accounts/" + flipped + "/self-service",
                "{\"showToMyselfOnly\":\"" + (wasPrivate ? "off" : "on") + "\"}"));
        checkEveryCaller("after the product lost show-to-myself-only and " + flipped + " turned it " + (wasPrivate ? "off" : "on"));
    }

    /** Products with recording and with "show to myself only"; an access role that lets end users change it. */
    private String[] setUpOffer() {
        for (String customer : customers) {
            ok(api().put("customers/" + customer, "{\"name\":\"" + customer + "\"}"));
        }
        String[] products = {"vout-" + s, "vboth-" + s, "vpriv-" + s, "vnone-" + s};
        ok(api().put("products/" + products[0], "{\"name\":\"out\",\"callRecording\":{\"autoRecordOutgoing\":true}}"));
        ok(api().put("products/" + products[1], "{\"name\":\"both\",\"callRecording\":{\"autoRecordIncoming\":true,"
                + "\"autoRecordOutgoing\":true}}"));
        ok(api().put("products/" + products[2], "{\"name\":\"private\",\"callRecording\":{\"autoRecordIncoming\":true,"
                + "\"autoRecordOutgoing\":true,\"showToMyselfOnly\":true}}"));
        ok(api().put("products/" + products[3], "{\"name\":\"none\",\"callRecording\":null}"));
        ok(api().put("access-roles/vrole-" + s, "{\"name\":\"v\",\"permissions\":{\"showToMyselfOnly\":[\"view\",\"modify\"]}}"));
        return products;
    }

    private long postRandomCall(Random random, List<String> everyAccount) {
        List<String> shuffled = new ArrayList<>(everyAccount);
        java.util.Collections.shuffle(shuffled, random);
        List<String> parties = shuffled.subList(0, 1 + random.nextInt(3));
        String primary = parties.get(0);
        Instant connect = Instant.now().minus(Duration.ofHours(2));
        String h323 = UUID.randomUUID().toString();
        calls.add(h323);
        StringBuilder json = new StringBuilder("{\"callId\":\"" + h323 + "@v\",\"h323ConfId\":\"" + h323 + "\",\"accountId\":\""
                + primary + "\"," + customerField(random, primary) + "\"callingNumber\":\"14155550100\",\"calledNumber\":\""
                + "14155550199\",\"direction\":\"" + direction(random) + "\",\"connectTime\":\"" + connect
                + "\",\"disconnectTime\":\"" + connect.plusSeconds(3) + "\",\"xdrs\":[");
        for (int i = 1; i < parties.size(); i++) {
            json.append(i > 1 ? "," : "").append("{\"accountId\":\"").append(parties.get(i)).append("\",")
                    .append(customerField(random, parties.get(i))).append("\"direction\":\"").append(direction(random)).append("\"}");
        }
        json.append("]}");
        HttpResponse<String> created = api().postCall(json.toString(), Captures.twoLegCall());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created.body()).getJsonNumber("recordingId").longValue();
    }

    /** The xDR's customer id: usually its account's (or a random one for an unconfigured account), sometimes none. */
    private String customerField(Random random, String account) {
        if (random.nextInt(4) == 0) {
            return "";
        }
        String customer = customerOf.getOrDefault(account, customers.get(random.nextInt(2)));
        return "\"customerId\":\"" + customer + "\",";
    }

    private static String direction(Random random) {
        return random.nextBoolean() ? "incoming" : "outgoing";
    }

    private void caller(String login, String partialJson, String role, String belongsTo) {
        String password = "pw-" + login + "-long-enough";
        ok(api().put("users/" + login, partialJson + ",\"password\":\"" + password + "\"}"));
        callers.put(login, api().anonymous().as(login, password));
        identity.put(login, new String[] {role, belongsTo});
    }

    /** What the admin sees of one xDR: the ground truth the oracle judges. */
    private record Xdr(long id, long recording, String account, String customer, boolean entitled) {
    }

    private void checkEveryCaller(String when) {
        Map<Long, List<Xdr>> recordings = new LinkedHashMap<>();
        Map<String, Set<Long>> callRecordings = new HashMap<>();
        for (String h323 : calls) {
            for (JsonObject r : items(api().get("recordings?h323ConfId=" + h323))) {
                long id = r.getJsonNumber("id").longValue();
                callRecordings.computeIfAbsent(h323, k -> new TreeSet<>()).add(id);
                recordings.put(id, r.getJsonArray("xdrs").getValuesAs(JsonObject.class).stream().map(x -> new Xdr(
                        x.getJsonNumber("id").longValue(), id, x.getString("accountId"), x.getString("customerId", null),
                        x.getBoolean("entitled"))).toList());
            }
        }
        Map<String, Boolean> privateAccount = new HashMap<>();
        for (String account : customerOf.keySet()) {
            privateAccount.put(account, ApiClient.json(api().get("accounts/" + account).body())
                    .getJsonObject("effectiveConfiguration").getBoolean("showToMyselfOnly"));
        }
        assertThat(recordings.values().stream().flatMap(List::stream).filter(Xdr::entitled)).as("some entitled xDRs").isNotEmpty();
        Set<Long> withEvents = eventRecordings(api());
        for (Map.Entry<String, ApiClient> entry : callers.entrySet()) {
            String who = entry.getKey() + " (" + when + ")";
            ApiClient client = entry.getValue();
            Set<Long> expected = new TreeSet<>();
            Set<Long> expectedXdrs = new TreeSet<>();
            recordings.forEach((id, xdrs) -> {
                xdrs.stream().filter(x -> mayViewXdr(entry.getKey(), x, privateAccount)).forEach(x -> expectedXdrs.add(x.id()));
                if (xdrs.stream().anyMatch(x -> x.entitled() && mayViewXdr(entry.getKey(), x, privateAccount))
                        || entry.getKey().equals("admin")) {
                    expected.add(id);
                }
            });
            Set<Long> single = new TreeSet<>();
            for (long id : recordings.keySet()) {
                int status = client.get("recordings/" + id).statusCode();
                assertThat(status).as(who + " GET " + id).isIn(200, 404);
                if (status == 200) {
                    single.add(id);
                }
            }
            assertThat(single).as(who + ": single reads (the per-recording rule) vs the issue's rule").isEqualTo(expected);
            HttpResponse<String> listed = client.get("recordings?limit=1000");
            Set<Long> list = ids(items(listed), "id");
            Set<Long> ours = new TreeSet<>(list);
            ours.retainAll(recordings.keySet());
            assertThat(ours).as(who + ": the list (filtered in the query) vs single reads").isEqualTo(single);
            for (String h323 : calls.subList(0, CALL_LISTS)) {
                Set<Long> ofCall = ids(items(client.get("recordings?h323ConfId=" + h323)), "id");
                Set<Long> expectedOfCall = new TreeSet<>(single);
                expectedOfCall.retainAll(callRecordings.getOrDefault(h323, Set.of()));
                assertThat(ofCall).as(who + ": the list of call " + h323).isEqualTo(expectedOfCall);
            }
            Set<Long> xdrs = new TreeSet<>();
            for (JsonObject x : items(client.get("xdrs?limit=1000"))) {
                long xdrId = x.getJsonNumber("id").longValue();
                if (recordings.values().stream().flatMap(List::stream).anyMatch(o -> o.id() == xdrId)) {
                    xdrs.add(xdrId);
                    assertThat(x.containsKey("recordingId")).as(who + ": xDR " + xdrId + " shows its recording")
                            .isEqualTo(entry.getKey().equals("admin") || x.getBoolean("entitled"));
                }
            }
            assertThat(xdrs).as(who + ": the xDR panel").isEqualTo(expectedXdrs);
            Set<Long> events = eventRecordings(client);
            events.retainAll(recordings.keySet());
            Set<Long> expectedEvents = new TreeSet<>(single);
            expectedEvents.retainAll(withEvents);
            assertThat(events).as(who + ": the events").isEqualTo(expectedEvents);
            if (!entry.getKey().equals("admin")) {
                assertThat(list).as(who + ": nobody else's recordings").isEqualTo(single);
                assertThat(ApiClient.json(listed.body()).getJsonNumber("total").longValue()).as(who + ": total")
                        .isEqualTo(single.size());
            }
        }
    }

    /** The rule for one xDR, written from its words: its own account's, or its customer's unless private. */
    private boolean mayViewXdr(String login, Xdr x, Map<String, Boolean> privateAccount) {
        String[] id = identity.get(login);
        String customer = x.customer() != null ? x.customer() : customerOf.get(x.account());
        return switch (id[0]) {
            case "admin" -> true;
            case "account" -> id[1].equals(x.account());
            case "customer" -> id[1].equals(customer) && !privateAccount.getOrDefault(x.account(), false);
            default -> false;
        };
    }

    private static Set<Long> eventRecordings(ApiClient client) {
        Set<Long> seen = new HashSet<>();
        long after = 0;
        while (true) {
            List<JsonObject> page = items(client.get("recording-events?limit=1000&after=" + after));
            if (page.isEmpty()) {
                return seen;
            }
            for (JsonObject e : page) {
                seen.add(e.getJsonNumber("recordingId").longValue());
                after = e.getJsonNumber("id").longValue();
            }
        }
    }

    private static List<JsonObject> items(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return ApiClient.json(response.body()).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Set<Long> ids(List<JsonObject> items, String field) {
        return items.stream().map(i -> i.getJsonNumber(field).longValue()).collect(Collectors.toCollection(TreeSet::new));
    }
}
