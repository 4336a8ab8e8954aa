package io.callrec.domain.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaFileItemsTest {

    @Test
    void entriesOfTheThreeTablesResolveToTheirCanonicalColumns() {
        List<MetaFileItem> items = MetaFileItems.parse(
                "Conf:CDR_Accounts.h323_conf_id, Phone:Accounts.phoneNumber\nCustomerName:customers.NAME");
        assertThat(items).containsExactly(
                new MetaFileItem("Conf", MetaTable.CDR_ACCOUNTS, "h323_conf_id"),
                new MetaFileItem("Phone", MetaTable.ACCOUNTS, "phone_number"),
                new MetaFileItem("CustomerName", MetaTable.CUSTOMERS, "name"));
        assertThat(MetaFileItems.format(items))
                .isEqualTo("Conf:CDR_Accounts.h323_conf_id\nPhone:Accounts.phone_number\nCustomerName:Customers.name");
    }

    @Test
    void nothingGivenIsNoEntries() {
        assertThat(MetaFileItems.parse(null)).isEmpty();
        assertThat(MetaFileItems.parse(" ;\n, ")).isEmpty();
    }

    @Test
    void anUnknownTableIsRefusedNamingTheTables() {
        assertThatThrownBy(() -> MetaFileItems.parse("X:Invoices.total"))
                .isInstanceOf(InvalidMetaFileItemsException.class)
                .hasMessageContaining("'X:Invoices.total': unknown table Invoices")
                .hasMessageContaining("CDR_Accounts, Accounts, Customers");
    }

    @Test
    void anUnknownColumnIsRefusedNamingTheTablesColumns() {
        assertThatThrownBy(() -> MetaFileItems.parse("X:Customers.colour"))
                .hasMessageContaining("table Customers has no column colour; its columns are id, name,");
    }

    @Test
    void customFieldsAreRefusedAsNotAvailableYet() {
        assertThatThrownBy(() -> MetaFileItems.parse("CallCabinetCustomerGUID:Custom_Fields_Name.CallCabinet_CustomerID"))
                .hasMessageContaining("custom fields are not available on this server yet");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> MetaFileItems.parse("no colon, 1bad:Customers.id, A:Customers, B:Customers.id, B:Accounts.id"))
                .isInstanceOfSatisfying(InvalidMetaFileItemsException.class, e -> assertThat(e.problems()).containsExactly(
                        "'no colon': expected <name>:<Table>.<column>",
                        "'1bad:Customers.id': the name must start with a letter and hold only letters, digits, '_', '-' or '.' (at most 64)",
                        "'A:Customers': expected <Table>.<column> after the name",
                        "'B:Accounts.id': the name B is used twice"));
    }
}
