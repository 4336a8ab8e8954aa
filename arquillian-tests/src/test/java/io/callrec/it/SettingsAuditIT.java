package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Changes of settings land in the audit log with who and what: the global options (RecordsDelivery.Enabled),
 * the SFTP storage settings (a secret only as "set" and which secret changed, never its value) and custom
 * field definitions.
 */
class SettingsAuditIT extends DeployedEar {

    @Test
    void settingsChangesAreAuditedWithWhoAndWhatButNoSecret() {
        ApiClient admin = api();
        String login = ApiClient.json(admin.get("users/me").body()).getString("login");
        Instant from = Instant.now().minusSeconds(1);
        String field = "Audited_" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a-secret-" + UUID.randomUUID();

        boolean delivery = ApiClient.json(admin.get("settings").body()).getBoolean("RecordsDelivery.Enabled");
        ok(admin.put("settings", "{\"RecordsDelivery.Enabled\":" + delivery + "}"));
        ok(admin.put("settings/sftp-storage", "{\"enabled\":false,\"host\":\"audit.example.net\",\"password\":\"" + password + "\"}"));
        ok(admin.put("settings/sftp-storage", "{\"enabled\":false,\"host\":\"audit.example.net\",\"password\":\"other-" + password + "\"}"));
        ok(admin.put("custom-fields/" + field, "{\"appliesTo\":[\"CUSTOMER\"],\"description\":\"audited\"}"));
        assertThat(admin.delete("custom-fields/" + field).statusCode()).isEqualTo(204);
        ok(admin.put("settings/sftp-storage", "{\"enabled\":false}"));

        HttpResponse<String> read = admin.get("audit?limit=1000&user=" + login + "&from=" + from);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).as("no secret in the audit log").doesNotContain(password);
        List<JsonObject> entries = ApiClient.json(read.body()).getJsonArray("items").getValuesAs(JsonObject.class);

        assertThat(entries).as("the global options").anySatisfy(e -> {
            assertThat(e.getString("subjectType", "")).isEqualTo("settings");
            assertThat(e.get("after")).isInstanceOf(JsonObject.class);
            assertThat(e.getJsonObject("after").getBoolean("RecordsDelivery.Enabled")).isEqualTo(delivery);
            assertThat(e.getString("user")).isEqualTo(login);
        });
        List<JsonObject> sftp = entries.stream().filter(e -> "sftp-storage".equals(e.getString("subjectType", null))
                && e.get("before") instanceof JsonObject && e.get("after") instanceof JsonObject).toList();
        assertThat(sftp).as("the SFTP storage password changed").anySatisfy(e -> {
            assertThat(e.getJsonObject("after").getString("host", "")).isEqualTo("audit.example.net");
            assertThat(e.getString("action")).isEqualTo("update");
            assertThat(e.getString("user")).isEqualTo(login);
            assertThat(e.getJsonObject("before").getString("password")).isEqualTo("set");
            assertThat(e.getJsonObject("after").getString("password")).isEqualTo("set");
            assertThat(e.getJsonObject("after").getJsonArray("secretsChanged").getValuesAs(JsonString::getString))
                    .containsExactly("password");
        });
        assertThat(entries).as("the custom field created").anySatisfy(e -> {
            assertThat(e.getString("subjectType", "")).isEqualTo("custom-field");
            assertThat(e.getString("subjectId", "")).isEqualTo(field);
            assertThat(e.getString("action")).isEqualTo("create");
            assertThat(e.get("after")).isInstanceOf(JsonObject.class);
            assertThat(e.getJsonObject("after").getString("description")).isEqualTo("audited");
        });
        assertThat(entries).as("the custom field deleted").anySatisfy(e -> {
            assertThat(e.getString("subjectId", "")).isEqualTo(field);
            assertThat(e.getString("action")).isEqualTo("delete");
        });
    }
}
