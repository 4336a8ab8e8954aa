package io.callrec.domain.customfield;

import io.callrec.domain.validation.InvalidFieldException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The definition of a custom field: its name (how {@code meta_file_items} and the API refer to it),
 * whether accounts and/or customers carry it, and an optional description for the operator.
 */
@Entity
@Table(name = "custom_field")
public class CustomField {

    /** Letters, digits, '_', '-' and '.', starting with a letter, at most 64: safe in a path and a JSON key. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    static final int DESCRIPTION_LENGTH = 1000;

    @Id
    @Column(name = "name", length = 64)
    private String name;

    @Version
    private long version;

    @Column(name = "applies_to_account", nullable = false)
    private boolean appliesToAccount;

    @Column(name = "applies_to_customer", nullable = false)
    private boolean appliesToCustomer;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    protected CustomField() {
    }

    public CustomField(String name, Set<CustomFieldOwner> appliesTo, String description) {
        this.name = validName(name);
        define(appliesTo, description);
    }

    /** Replaces what the field applies to and its description. */
    public void define(Set<CustomFieldOwner> appliesTo, String description) {
        if (appliesTo == null || appliesTo.isEmpty()) {
            throw new InvalidFieldException("appliesTo", "must name ACCOUNT, CUSTOMER or both");
        }
        if (description != null && description.length() > DESCRIPTION_LENGTH) {
            throw new InvalidFieldException("description", "must be at most " + DESCRIPTION_LENGTH + " characters");
        }
        this.appliesToAccount = appliesTo.contains(CustomFieldOwner.ACCOUNT);
        this.appliesToCustomer = appliesTo.contains(CustomFieldOwner.CUSTOMER);
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    /** The name if it is a valid custom field name, else a 400 naming the rule. */
    public static String validName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidFieldException("name", "must start with a letter and hold only letters, digits, '_', '-'"
                    + " or '.' (at most 64), not '" + name + "'");
        }
        return name;
    }

    public boolean appliesTo(CustomFieldOwner owner) {
        return owner == CustomFieldOwner.ACCOUNT ? appliesToAccount : appliesToCustomer;
    }

    public Set<CustomFieldOwner> getAppliesTo() {
        Set<CustomFieldOwner> owners = EnumSet.noneOf(CustomFieldOwner.class);
        if (appliesToAccount) {
            owners.add(CustomFieldOwner.ACCOUNT);
        }
        if (appliesToCustomer) {
            owners.add(CustomFieldOwner.CUSTOMER);
        }
        return owners;
    }

    public String getName() { return name; }
    public String getDescription() { return description; }
}
