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
import io.callrec.domain.customfield.CustomField;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.recording.AudioFormat;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of the service model: records bound by JSON-B, which the admin API returns and the
 * audit log keeps (as a JSON object) before and after a change, so both show the same thing. A field
 * that may be null is written as null; an optional one is left out.
 */
public final class ServiceJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ServiceJson() {
    }

    @JsonbPropertyOrder({"id", "name", "newRecordingNotification"})
    public record CustomerClassView(String id, String name, boolean newRecordingNotification) {
        public static CustomerClassView of(CustomerClass c) {
            return new CustomerClassView(c.getId(), c.getName(), c.isNewRecordingNotification());
        }
    }

    /**
     * A customer's own settings; {@code retentionDays} only when set, {@code newRecordingNotification}
     * only with a class; {@code effectiveOutputFormat} (the server's format when it has none) only in the API.
     */
    @JsonbPropertyOrder({"id", "name", "customerClass", "dialingRule", "outputFormat", "retentionDays",
            "newRecordingNotification", "effectiveOutputFormat"})
    public record CustomerView(String id, String name, @JsonbNillable String customerClass, @JsonbNillable String dialingRule,
                               @JsonbNillable String outputFormat, Integer retentionDays, Boolean newRecordingNotification,
                               String effectiveOutputFormat) {

        /** The customer as the API shows it. */
        public static CustomerView of(Customer c, AudioFormat serverFormat) {
            AudioFormat own = c.getOutputFormat();
            CustomerView stored = of(c);
            return new CustomerView(stored.id, stored.name, stored.customerClass, stored.dialingRule, stored.outputFormat,
                    stored.retentionDays, stored.newRecordingNotification, (own == null ? serverFormat : own).label());
        }

        /** The customer as the audit log keeps it. */
        public static CustomerView of(Customer c) {
            AudioFormat own = c.getOutputFormat();
            return new CustomerView(c.getId(), c.getName(), c.getCustomerClass() == null ? null : c.getCustomerClass().getId(),
                    c.getDialingRule() == null ? null : c.getDialingRule().getId(), own == null ? null : own.label(),
                    c.getRetentionDays(),
                    c.getCustomerClass() == null ? null : c.getCustomerClass().isNewRecordingNotification(), null);
        }
    }

    /** A product; {@code callRecording} maps every option to on or off, or is null without call recording. */
    @JsonbPropertyOrder({"id", "name", "addOn", "callRecording"})
    public record ProductView(String id, String name, boolean addOn, @JsonbNillable Map<String, Boolean> callRecording) {
        public static ProductView of(Product p) {
            Map<String, Boolean> options = p.recordingFeature().map(f -> {
                Map<String, Boolean> on = new LinkedHashMap<>();
                for (RecordingOption o : RecordingOption.values()) {
                    on.put(o.jsonName(), f.isOn(o));
                }
                return on;
            }).orElse(null);
            return new ProductView(p.getId(), p.getName(), p.isAddOn(), options);
        }
    }

    @JsonbPropertyOrder({"id", "name", "type", "startCode", "stopCode"})
    public record DialingRuleView(String id, String name, String type, String startCode, String stopCode) {
        public static DialingRuleView of(DialingRule r) {
            return new DialingRuleView(r.getId(), r.getName(), r.getType().name().toLowerCase(Locale.ROOT), r.codes().start(),
                    r.codes().stop());
        }
    }

    @JsonbPropertyOrder({"id", "name", "permissions"})
    public record AccessRoleView(String id, String name, Map<String, List<String>> permissions) {
        public static AccessRoleView of(AccessRole r) {
            return new AccessRoleView(r.getId(), r.getName(), ServiceJson.permissions(r.getGrants()));
        }
    }

    @JsonbPropertyOrder({"start", "stop"})
    public record CodesView(String start, String stop) {
        public static CodesView of(DtmfCodes codes) {
            return new CodesView(codes.start(), codes.stop());
        }
    }

    @JsonbPropertyOrder({"start", "stop", "source"})
    public record DtmfView(String start, String stop, String source) {
    }

    /** An account as the operator sees it: its own settings, the configuration they give, the end user's permissions. */
    @JsonbPropertyOrder({"id", "phoneNumber", "email", "customer", "accessRole", "product", "addOns", "dialingRule",
            "customCodes", "serviceConfiguration", "effectiveConfiguration", "endUserPermissions"})
    public record AccountAdminView(String id, @JsonbNillable String phoneNumber, @JsonbNillable String email, String customer,
                                   @JsonbNillable String accessRole, @JsonbNillable String product, List<String> addOns,
                                   @JsonbNillable String dialingRule, @JsonbNillable CodesView customCodes,
                                   Map<String, String> serviceConfiguration, Map<String, Object> effectiveConfiguration,
                                   Map<String, List<String>> endUserPermissions) {
        public static AccountAdminView of(AccountView view) {
            Account a = view.account();
            Map<String, String> settings = new LinkedHashMap<>();
            a.getConfiguration().asMap().forEach((option, setting) -> settings.put(option.jsonName(), setting.jsonName()));
            return new AccountAdminView(a.getId(), a.getPhoneNumber(), a.getEmail(), a.getCustomer().getId(),
                    a.getAccessRole() == null ? null : a.getAccessRole().getId(),
                    a.getProduct() == null ? null : a.getProduct().getId(),
                    a.getAddOns().stream().map(Product::getId).toList(),
                    a.getDialingRule() == null ? null : a.getDialingRule().getId(),
                    a.customCodes().map(CodesView::of).orElse(null), settings, effective(view.effective()),
                    ServiceJson.permissions(view.endUserGrants()));
        }
    }

    /** Every attribute with what the grants allow on it: {@code ["view", "modify"]}, {@code ["view"]} or {@code []}. */
    public static Map<String, List<String>> permissions(Set<Grant> grants) {
        Map<String, List<String>> json = new LinkedHashMap<>();
        for (Attribute a : Attribute.values()) {
            List<String> granted = new ArrayList<>();
            if (AccessRole.mayView(grants, a)) {
                granted.add(Permission.VIEW.name().toLowerCase(Locale.ROOT));
            }
            if (AccessRole.mayModify(grants, a)) {
                granted.add(Permission.MODIFY.name().toLowerCase(Locale.ROOT));
            }
            json.put(a.jsonName(), granted);
        }
        return json;
    }

    /** {@code {"callRecording": .., <each option>: .., "dtmf": {"start", "stop", "source"}}}. */
    public static Map<String, Object> effective(EffectiveConfiguration c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("callRecording", c.callRecording());
        for (RecordingOption o : RecordingOption.values()) {
            json.put(o.jsonName(), c.isOn(o));
        }
        json.put("dtmf", new DtmfView(c.codes().start(), c.codes().stop(),
                c.codeSource().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        return json;
    }

    // The audit log's forms: the same views as JSON objects.

    /** A custom field's definition: what it applies to (ACCOUNT, CUSTOMER) and its description (or null). */
    @JsonbPropertyOrder({"name", "appliesTo", "description"})
    public record CustomFieldView(String name, List<String> appliesTo, @JsonbNillable String description) {
        public static CustomFieldView of(CustomField f) {
            return new CustomFieldView(f.getName(), f.getAppliesTo().stream().map(Enum::name).toList(), f.getDescription());
        }
    }

    public static JsonObject customField(CustomField f) {
        return object(CustomFieldView.of(f));
    }

    public static JsonObject customerClass(CustomerClass c) {
        return object(CustomerClassView.of(c));
    }

    public static JsonObject customer(Customer c) {
        return object(CustomerView.of(c));
    }

    public static JsonObject product(Product p) {
        return object(ProductView.of(p));
    }

    public static JsonObject dialingRule(DialingRule r) {
        return object(DialingRuleView.of(r));
    }

    public static JsonObject accessRole(AccessRole r) {
        return object(AccessRoleView.of(r));
    }

    public static JsonObject account(AccountView view) {
        return object(AccountAdminView.of(view));
    }

    private static JsonObject object(Object view) {
        return Json.createReader(new StringReader(JSONB.toJson(view))).readObject();
    }
}
