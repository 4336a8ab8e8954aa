package io.callrec.application;

import io.callrec.application.administration.AccountAdministration.AccountView;
import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.access.Permission;
import io.callrec.domain.account.Account;
import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.customer.CustomerClass;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.recording.AudioFormat;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON form of the service model, as the admin API returns it and as the audit log keeps it before
 * and after a change.
 */
public final class ServiceJson {

    private ServiceJson() {
    }

    public static JsonObject customerClass(CustomerClass c) {
        return Json.createObjectBuilder().add("id", c.getId()).add("name", c.getName())
                .add("newRecordingNotification", c.isNewRecordingNotification()).build();
    }

    /** The customer as the API shows it: with {@code effectiveOutputFormat}, the server's format when it has none. */
    public static JsonObject customer(Customer c, AudioFormat serverFormat) {
        AudioFormat own = c.getOutputFormat();
        return Json.createObjectBuilder(customer(c))
                .add("effectiveOutputFormat", (own == null ? serverFormat : own).label()).build();
    }

    /** The customer's own settings, as the audit log keeps them. */
    public static JsonObject customer(Customer c) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", c.getId()).add("name", c.getName());
        nullable(json, "customerClass", c.getCustomerClass() == null ? null : c.getCustomerClass().getId());
        nullable(json, "dialingRule", c.getDialingRule() == null ? null : c.getDialingRule().getId());
        AudioFormat own = c.getOutputFormat();
        nullable(json, "outputFormat", own == null ? null : own.label());
        if (c.getRetentionDays() != null) {
            json.add("retentionDays", c.getRetentionDays());
        }
        if (c.getCustomerClass() != null) {
            json.add("newRecordingNotification", c.getCustomerClass().isNewRecordingNotification());
        }
        return json.build();
    }

    public static JsonObject product(Product p) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", p.getId()).add("name", p.getName())
                .add("addOn", p.isAddOn());
        p.recordingFeature().ifPresentOrElse(f -> {
            JsonObjectBuilder options = Json.createObjectBuilder();
            for (RecordingOption o : RecordingOption.values()) {
                options.add(o.jsonName(), f.isOn(o));
            }
            json.add("callRecording", options);
        }, () -> json.addNull("callRecording"));
        return json.build();
    }

    public static JsonObject dialingRule(DialingRule r) {
        return Json.createObjectBuilder().add("id", r.getId()).add("name", r.getName())
                .add("type", r.getType().name().toLowerCase(Locale.ROOT))
                .add("startCode", r.codes().start()).add("stopCode", r.codes().stop()).build();
    }

    public static JsonObject accessRole(AccessRole r) {
        return Json.createObjectBuilder().add("id", r.getId()).add("name", r.getName())
                .add("permissions", permissions(r.getGrants())).build();
    }

    public static JsonObjectBuilder permissions(Set<Grant> grants) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (Attribute a : Attribute.values()) {
            JsonArrayBuilder granted = Json.createArrayBuilder();
            if (AccessRole.mayView(grants, a)) {
                granted.add(Permission.VIEW.name().toLowerCase(Locale.ROOT));
            }
            if (AccessRole.mayModify(grants, a)) {
                granted.add(Permission.MODIFY.name().toLowerCase(Locale.ROOT));
            }
            json.add(a.jsonName(), granted);
        }
        return json;
    }

    public static JsonObject account(AccountView view) {
        Account a = view.account();
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", a.getId());
        nullable(json, "phoneNumber", a.getPhoneNumber());
        nullable(json, "email", a.getEmail());
        json.add("customer", a.getCustomer().getId());
        nullable(json, "accessRole", a.getAccessRole() == null ? null : a.getAccessRole().getId());
        nullable(json, "product", a.getProduct() == null ? null : a.getProduct().getId());
        JsonArrayBuilder addOns = Json.createArrayBuilder();
        a.getAddOns().forEach(p -> addOns.add(p.getId()));
        json.add("addOns", addOns);
        nullable(json, "dialingRule", a.getDialingRule() == null ? null : a.getDialingRule().getId());
        a.customCodes().ifPresentOrElse(c -> json.add("customCodes", codes(c)), () -> json.addNull("customCodes"));
        JsonObjectBuilder settings = Json.createObjectBuilder();
        a.getConfiguration().asMap().forEach((option, setting) -> settings.add(option.jsonName(), setting.jsonName()));
        return json.add("serviceConfiguration", settings)
                .add("effectiveConfiguration", effective(view.effective()))
                .add("endUserPermissions", permissions(view.endUserGrants()))
                .build();
    }

    public static JsonObjectBuilder effective(EffectiveConfiguration c) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("callRecording", c.callRecording());
        for (RecordingOption o : RecordingOption.values()) {
            json.add(o.jsonName(), c.isOn(o));
        }
        return json.add("dtmf", codes(c.codes()).add("source", c.codeSource().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    public static JsonObjectBuilder codes(DtmfCodes codes) {
        return Json.createObjectBuilder().add("start", codes.start()).add("stop", codes.stop());
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
