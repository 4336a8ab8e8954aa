package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Custom fields through the API of the real EAR: definitions created, read, listed, changed and deleted;
 * values on accounts and customers; a field a {@code meta_file_items} entry uses cannot be deleted (409)
 * and an undefined one cannot be named there (400).
 */
class CustomFieldsIT extends DeployedEar {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String customer = "cf-cust-" + suffix;
    private final String account = "cf-acct-" + suffix;

    @Test
    void aDefinitionIsCreatedReadListedChangedAndDeleted() {
        ApiClient admin = api();
        String name = "Tier_" + suffix;
        HttpResponse<String> created = admin.put("custom-fields/" + name,
                "{\"appliesTo\":[\"customer\"],\"description\":\"service tier\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject definition = ApiClient.json(admin.get("custom-fields/" + name).body());
        assertThat(definition.getString("name")).isEqualTo(name);
        assertThat(definition.getJsonArray("appliesTo").getString(0)).isEqualTo("CUSTOMER");
        assertThat(definition.getString("description")).isEqualTo("service tier");
        assertThat(admin.get("custom-fields").body()).contains("\"" + name + "\"");

        HttpResponse<String> changed = admin.put("custom-fields/" + name, "{\"appliesTo\":[\"ACCOUNT\",\"CUSTOMER\"]}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(ApiClient.json(changed.body()).isNull("description")).isTrue();

        assertThat(admin.delete("custom-fields/" + name).statusCode()).isEqualTo(204);
        assertThat(admin.get("custom-fields/" + name).statusCode()).isEqualTo(404);
    }

    @Test
    void badDefinitionsAreRefusedNamingTheField() {
        ApiClient admin = api();
        HttpResponse<String> noOwner = admin.put("custom-fields/X_" + suffix, "{\"appliesTo\":[]}");
        assertThat(noOwner.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noOwner.body()).getString("error")).contains("appliesTo");
        HttpResponse<String> badOwner = admin.put("custom-fields/X_" + suffix, "{\"appliesTo\":[\"user\"]}");
        assertThat(ApiClient.json(badOwner.body()).getString("error")).contains("ACCOUNT and/or CUSTOMER, not 'user'");
        HttpResponse<String> badName = admin.put("custom-fields/1x", "{\"appliesTo\":[\"ACCOUNT\"]}");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badName.body()).getString("error")).contains("must start with a letter");
    }

    @Test
    void valuesAreSetOnAccountsAndCustomersTheFieldAppliesTo() {
        ApiClient admin = api();
        String onBoth = "Both_" + suffix;
        String onCustomers = "CustOnly_" + suffix;
        assertThat(admin.put("custom-fields/" + onBoth, "{\"appliesTo\":[\"ACCOUNT\",\"CUSTOMER\"]}").statusCode()).isEqualTo(201);
        assertThat(admin.put("custom-fields/" + onCustomers, "{\"appliesTo\":[\"CUSTOMER\"]}").statusCode()).isEqualTo(201);
        admin.put("customers/" + customer, "{\"name\":\"CF\"}");
        admin.put("accounts/" + account, "{\"customer\":\"" + customer + "\"}");

        HttpResponse<String> set = admin.put("accounts/" + account + "/custom-fields/" + onBoth, "{\"value\":\"a-1\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(ApiClient.json(set.body()).getString("value")).isEqualTo("a-1");
        assertThat(ApiClient.json(admin.get("accounts/" + account + "/custom-fields/" + onBoth).body()).getString("value"))
                .isEqualTo("a-1");
        JsonObject accountFields = ApiClient.json(admin.get("accounts/" + account + "/custom-fields").body())
                .getJsonObject("customFields");
        assertThat(accountFields.getString(onBoth)).isEqualTo("a-1");
        assertThat(accountFields).as("a customer-only field is not listed on accounts").doesNotContainKey(onCustomers);

        HttpResponse<String> notForAccounts = admin.put("accounts/" + account + "/custom-fields/" + onCustomers,
                "{\"value\":\"x\"}");
        assertThat(notForAccounts.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(notForAccounts.body()).getString("error")).contains("not to ACCOUNT");

        assertThat(admin.put("customers/" + customer + "/custom-fields/" + onCustomers, "{\"value\":\"gold\"}").statusCode())
                .isEqualTo(200);
        JsonObject customerFields = ApiClient.json(admin.get("customers/" + customer + "/custom-fields").body())
                .getJsonObject("customFields");
        assertThat(customerFields.getString(onCustomers)).isEqualTo("gold");
        assertThat(customerFields.isNull(onBoth)).as("unset: null").isTrue();

        HttpResponse<String> unset = admin.put("accounts/" + account + "/custom-fields/" + onBoth, "{\"value\":null}");
        assertThat(ApiClient.json(unset.body()).isNull("value")).as(unset.body()).isTrue();
        assertThat(admin.get("accounts/nobody-" + suffix + "/custom-fields").statusCode()).isEqualTo(404);
        assertThat(admin.get("accounts/" + account + "/custom-fields/Nothing_" + suffix).statusCode()).isEqualTo(404);

        HttpResponse<String> narrowed = admin.put("custom-fields/" + onBoth, "{\"appliesTo\":[\"CUSTOMER\"]}");
        assertThat(narrowed.statusCode()).isEqualTo(200);
        assertThat(admin.get("accounts/" + account + "/custom-fields/" + onBoth).statusCode())
                .as("no longer an account field").isEqualTo(409);
    }

    @Test
    void aFieldThatMetaFileItemsUsesCannotBeDeletedAndAnUndefinedOneCannotBeNamed() {
        ApiClient admin = api();
        String name = "CallCabinet_CustomerID_" + suffix;
        HttpResponse<String> undefined = admin.put("settings/sftp-storage",
                "{\"enabled\":false,\"meta_file_items\":[\"G:Custom_Fields_Name." + name + "\"]}");
        assertThat(undefined.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(undefined.body()).getString("error")).contains("there is no custom field " + name);

        assertThat(admin.put("custom-fields/" + name, "{\"appliesTo\":[\"CUSTOMER\"]}").statusCode()).isEqualTo(201);
        try {
            HttpResponse<String> saved = admin.put("settings/sftp-storage",
                    "{\"enabled\":false,\"meta_file_items\":[\"CallCabinetCustomerGUID:Custom_Fields_Name." + name + "\"]}");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            HttpResponse<String> refused = admin.delete("custom-fields/" + name);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(ApiClient.json(refused.body()).getString("error"))
                    .contains("is used by the SFTP storage setting meta_file_items")
                    .contains("CallCabinetCustomerGUID:Custom_Fields_Name." + name);
        } finally {
            assertThat(admin.put("settings/sftp-storage", "{\"enabled\":false}").statusCode()).isEqualTo(200);
        }
        assertThat(admin.delete("custom-fields/" + name).statusCode()).as("no longer used").isEqualTo(204);
    }
}
