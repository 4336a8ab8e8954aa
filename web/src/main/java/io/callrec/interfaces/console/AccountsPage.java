package io.callrec.interfaces.console;

import io.callrec.application.administration.AccountAdministration;
import io.callrec.domain.account.Account;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The accounts of the console's service configuration, {@code /console/accounts.xhtml}. Roles:
 * <b>admin</b> only. Lists the accounts {@link AccountAdministration#accounts} gives an admin (the first
 * {@value #SHOWN}), narrowed by a text found in the id, customer, phone number or e-mail; each links to
 * its page ({@link AccountPage}).
 */
@Named("accountsPage")
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 1000;

    @Inject
    AccountAdministration accounts;

    @Inject
    CurrentCaller current;

    private String text;
    private List<Line> all = List.of();
    private List<Line> shown = List.of();

    /** One account in the list. */
    public record Line(String id, String customer, String phoneNumber, String email, String product,
                       String accessRole) implements Serializable {
        static Line of(Account a) {
            return new Line(a.getId(), a.getCustomer().getId(), a.getPhoneNumber(), a.getEmail(),
                    a.getProduct() == null ? null : a.getProduct().getId(),
                    a.getAccessRole() == null ? null : a.getAccessRole().getId());
        }

        boolean matches(String needle) {
            return Stream.of(id, customer, phoneNumber, email)
                    .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains(needle));
        }

        public String getId() {
            return id;
        }

        public String getCustomer() {
            return customer;
        }

        public String getPhoneNumber() {
            return phoneNumber;
        }

        public String getEmail() {
            return email;
        }

        public String getProduct() {
            return product;
        }

        public String getAccessRole() {
            return accessRole;
        }
    }

    @PostConstruct
    void load() {
        all = accounts.accounts(current.get(), SHOWN).stream().map(v -> Line.of(v.account())).toList();
        shown = all;
    }

    public void search() {
        String needle = CallListing.blankToNull(text);
        shown = needle == null ? all : all.stream().filter(l -> l.matches(needle.toLowerCase(Locale.ROOT))).toList();
    }

    public List<Line> getShown() {
        return shown;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
