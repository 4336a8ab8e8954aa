package io.callrec.application.administration;

import io.callrec.application.Secured;
import io.callrec.application.ServiceJson;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.account.Account;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.customfield.CustomField;
import io.callrec.domain.customfield.CustomFieldOwner;
import io.callrec.domain.customfield.CustomFieldValue;
import io.callrec.domain.export.MetaFileItem;
import io.callrec.domain.export.MetaFileItems;
import io.callrec.domain.export.MetaTable;
import io.callrec.domain.export.SftpStorageSettings;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.refusal.ConflictException;
import io.callrec.domain.refusal.NotFoundException;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.infrastructure.persistence.CustomFields;
import io.callrec.infrastructure.persistence.ExportRecords;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: the operator (admin) defines custom fields and sets their values on accounts and customers.
 * Every change is audited with the JSON before and after. A definition that a {@code meta_file_items}
 * entry of the SFTP storage settings uses cannot be deleted (409) until the entry is removed, so an
 * export never names a field that no longer exists. A field no longer applying to accounts (or
 * customers) loses its values there.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class CustomFieldAdministration {

    @Inject
    CustomFields fields;

    @Inject
    ServiceDirectory directory;

    @Inject
    ExportRecords exports;

    @Inject
    AuditTrail audit;

    public Saved<CustomField> define(Caller caller, String name, Set<CustomFieldOwner> appliesTo, String description) {
        caller.require(Role.ADMIN);
        CustomField.validName(name);
        CustomField existing = fields.definition(name).orElse(null);
        JsonObject before = existing == null ? null : ServiceJson.customField(existing);
        CustomField field;
        if (existing == null) {
            field = new CustomField(name, appliesTo, description);
            fields.add(field);
        } else {
            existing.define(appliesTo, description);
            field = existing;
            for (CustomFieldOwner owner : CustomFieldOwner.values()) {
                if (!field.appliesTo(owner)) {
                    fields.removeValues(name, owner);
                }
            }
        }
        audit.changed(caller, "custom-field", name, before, ServiceJson.customField(field));
        return new Saved<>(field, existing == null);
    }

    public CustomField definition(Caller caller, String name) {
        caller.require(Role.ADMIN);
        return fields.definition(name).orElseThrow(() -> new NotFoundException("custom field", name));
    }

    public List<CustomField> definitions(Caller caller) {
        caller.require(Role.ADMIN);
        return fields.definitions();
    }

    /** Deletes a definition and its values; refused (409) while a meta_file_items entry names it. */
    public void delete(Caller caller, String name) {
        caller.require(Role.ADMIN);
        CustomField field = definition(caller, name);
        List<String> users = entriesUsing(name);
        if (!users.isEmpty()) {
            throw new ConflictException("custom field " + name + " is used by the SFTP storage setting meta_file_items ("
                    + String.join(", ", users) + "); remove the entry (PUT /api/v1/settings/sftp-storage) first");
        }
        JsonObject before = ServiceJson.customField(field);
        fields.remove(field);
        audit.changed(caller, "custom-field", name, before, null);
    }

    /** Every field that applies to the owner's kind, with the owner's value or null. */
    public Map<String, String> values(Caller caller, CustomFieldOwner ownerType, String ownerId) {
        caller.require(Role.ADMIN);
        requireOwner(ownerType, ownerId);
        Map<String, String> set = fields.valuesOf(ownerType, ownerId);
        Map<String, String> all = new LinkedHashMap<>();
        fields.definitions().stream().filter(f -> f.appliesTo(ownerType)).forEach(f -> all.put(f.getName(), set.get(f.getName())));
        return all;
    }

    public String value(Caller caller, CustomFieldOwner ownerType, String ownerId, String name) {
        caller.require(Role.ADMIN);
        requireOwner(ownerType, ownerId);
        applicable(ownerType, name);
        return fields.value(ownerType, ownerId, name).map(CustomFieldValue::getValue).orElse(null);
    }

    /** Sets the value (null or empty: unsets it); the field must apply to the owner's kind. */
    public String setValue(Caller caller, CustomFieldOwner ownerType, String ownerId, String name, String value) {
        caller.require(Role.ADMIN);
        requireOwner(ownerType, ownerId);
        applicable(ownerType, name);
        if (value != null && value.length() > CustomFieldValue.VALUE_LENGTH) {
            throw new InvalidFieldException("value", "must be at most " + CustomFieldValue.VALUE_LENGTH + " characters");
        }
        String wanted = value == null || value.isEmpty() ? null : value;
        CustomFieldValue stored = fields.value(ownerType, ownerId, name).orElse(null);
        String before = stored == null ? null : stored.getValue();
        if (wanted == null && stored != null) {
            fields.removeValue(stored);
        } else if (wanted != null && stored == null) {
            fields.add(new CustomFieldValue(new CustomFieldValue.Key(ownerType, ownerId, name), wanted));
        } else if (wanted != null) {
            stored.change(wanted);
        }
        String subject = ownerType.name().toLowerCase(Locale.ROOT) + "-custom-field";
        audit.event(caller, "update", subject, ownerId + "/" + name, json(name, before), json(name, wanted));
        return wanted;
    }

    /** The names of the meta_file_items entries that read the field. */
    private List<String> entriesUsing(String name) {
        String text = exports.settings().map(SftpStorageSettings::values).map(v -> v.metaFileItems()).orElse(null);
        List<MetaFileItem> items;
        try {
            items = MetaFileItems.parse(text);
        } catch (IllegalArgumentException unreadable) {
            // stored before a rule changed: look for the entry's text instead
            return text != null && text.contains(MetaTable.CUSTOM_FIELDS_NAME.label() + "." + name) ? List.of(text) : List.of();
        }
        return items.stream().filter(i -> i.table() == MetaTable.CUSTOM_FIELDS_NAME && i.column().equals(name))
                .map(MetaFileItem::text).toList();
    }

    private void requireOwner(CustomFieldOwner ownerType, String ownerId) {
        boolean exists = ownerType == CustomFieldOwner.ACCOUNT ? directory.find(Account.class, ownerId).isPresent()
                : directory.find(Customer.class, ownerId).isPresent();
        if (!exists) {
            throw new NotFoundException(ownerType.name().toLowerCase(Locale.ROOT), ownerId);
        }
    }

    private void applicable(CustomFieldOwner ownerType, String name) {
        CustomField field = fields.definition(name).orElseThrow(() -> new NotFoundException("custom field", name));
        if (!field.appliesTo(ownerType)) {
            throw new ConflictException("custom field " + name + " applies to " + field.getAppliesTo()
                    + ", not to " + ownerType + " (change its definition with PUT /api/v1/custom-fields/" + name + ")");
        }
    }

    private static JsonObject json(String name, String value) {
        return value == null ? Json.createObjectBuilder().add("name", name).addNull("value").build()
                : Json.createObjectBuilder().add("name", name).add("value", value).build();
    }
}
