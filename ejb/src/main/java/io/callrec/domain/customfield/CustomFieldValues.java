package io.callrec.domain.customfield;

import java.util.Map;

/**
 * The custom field values a recording's metadata reads: its account's and its customer's. A field is
 * taken from the account first and falls back to the customer when the account has no value for it.
 */
public record CustomFieldValues(Map<String, String> ofAccount, Map<String, String> ofCustomer) {

    public static CustomFieldValues none() {
        return new CustomFieldValues(Map.of(), Map.of());
    }

    public CustomFieldValues {
        ofAccount = Map.copyOf(ofAccount);
        ofCustomer = Map.copyOf(ofCustomer);
    }

    /** The account's value of the field, else the customer's, else null. */
    public String value(String field) {
        String own = ofAccount.get(field);
        return own != null ? own : ofCustomer.get(field);
    }
}
