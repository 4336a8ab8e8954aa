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
    void aCustomFieldEntryNamesTheFieldAsItsColumn() {
        assertThat(MetaFileItems.parse("CallCabinetCustomerGUID:custom_fields_name.CallCabinet_CustomerID"))
                .containsExactly(new MetaFileItem("CallCabinetCustomerGUID", MetaTable.CUSTOM_FIELDS_NAME,
                        "CallCabinet_CustomerID"));
    }

    @Test
    void aCustomFieldEntryWithAnImpossibleFieldNameIsRefused() {
        assertThatThrownBy(() -> MetaFileItems.parse("G:Custom_Fields_Name.no spaces"))
                .hasMessageContaining("no spaces is not a custom field name");
    }

    @Test
    void anUndefinedCustomFieldIsReportedNamingTheDefinedOnes() {
        List<MetaFileItem> items = MetaFileItems.parse("G:Custom_Fields_Name.CallCabinet_CustomerID, "
                + "H:Custom_Fields_Name.Region, C:Customers.name");
        assertThat(MetaFileItems.undefinedFields(items, List.of("Region", "Tier")))
                .containsExactly("'G:Custom_Fields_Name.CallCabinet_CustomerID': there is no custom field"
                        + " CallCabinet_CustomerID; the custom fields are Region, Tier");
        assertThat(MetaFileItems.undefinedFields(items, List.of())).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("no custom field is defined"));
        assertThat(MetaFileItems.undefinedFields(items, List.of("CallCabinet_CustomerID", "Region"))).isEmpty();
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
