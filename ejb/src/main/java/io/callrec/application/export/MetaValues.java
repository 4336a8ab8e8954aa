package io.callrec.application.export;

import io.callrec.domain.account.Account;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.customfield.CustomFieldValues;
import io.callrec.domain.export.MetaFileItem;
import io.callrec.domain.xdr.Xdr;
import java.util.Objects;

/**
 * The value a {@link MetaFileItem} names, as text, read from the recording's xDR, its account or its
 * customer, or a custom field (the account's value, else the customer's); null when that row or value is
 * missing. One case per column {@code MetaTable} offers.
 */
final class MetaValues {

    private MetaValues() {
    }

    static String of(MetaFileItem item, Xdr xdr, Account account, Customer customer, CustomFieldValues custom) {
        return switch (item.table()) {
            case CDR_ACCOUNTS -> xdr == null ? null : xdr(item.column(), xdr);
            case ACCOUNTS -> account == null ? null : account(item.column(), account);
            case CUSTOMERS -> customer == null ? null : customer(item.column(), customer);
            case CUSTOM_FIELDS_NAME -> custom.value(item.column());
        };
    }

    private static String xdr(String column, Xdr x) {
        Object value = switch (column) {
            case "id" -> x.getId();
            case "call_id" -> x.getCallId();
            case "h323_conf_id" -> x.getH323ConfId();
            case "account_id" -> x.getAccountId();
            case "account_number" -> x.getAccountNumber();
            case "customer_id" -> x.getCustomerId();
            case "calling_number" -> x.getCallingNumber();
            case "called_number" -> x.getCalledNumber();
            case "direction" -> x.getDirection();
            case "connect_time" -> x.getConnectTime();
            case "disconnect_time" -> x.getDisconnectTime();
            case "duration_seconds" -> x.getDurationSeconds();
            default -> throw unknown("CDR_Accounts", column);
        };
        return text(value);
    }

    private static String account(String column, Account a) {
        Object value = switch (column) {
            case "id" -> a.getId();
            case "phone_number" -> a.getPhoneNumber();
            case "email" -> a.getEmail();
            case "customer_id" -> a.getCustomer() == null ? null : a.getCustomer().getId();
            case "access_role" -> a.getAccessRole() == null ? null : a.getAccessRole().getId();
            case "product" -> a.getProduct() == null ? null : a.getProduct().getId();
            default -> throw unknown("Accounts", column);
        };
        return text(value);
    }

    private static String customer(String column, Customer c) {
        Object value = switch (column) {
            case "id" -> c.getId();
            case "name" -> c.getName();
            case "customer_class" -> c.getCustomerClass() == null ? null : c.getCustomerClass().getId();
            case "output_format" -> c.getOutputFormat() == null ? null : c.getOutputFormat().label();
            case "retention_days" -> c.getRetentionDays();
            default -> throw unknown("Customers", column);
        };
        return text(value);
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }

    private static IllegalStateException unknown(String table, String column) {
        return new IllegalStateException("MetaTable offers " + table + "." + column + " but MetaValues cannot read it");
    }
}
