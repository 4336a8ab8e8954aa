package io.callrec.interfaces.console;

import io.callrec.application.identity.TokenAdministration;
import io.callrec.application.identity.UserAdministration;
import io.callrec.application.identity.UserAdministration.UserForm;
import io.callrec.domain.identity.ApiToken;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.identity.UserAccount;
import io.callrec.domain.refusal.RequestRefusedException;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Users and switch tokens, {@code /console/users.xhtml}. Roles: <b>admin</b> only. Lists the users, creates
 * or replaces one (login, role, its customer or account, password: kept when left empty on a replace),
 * deletes one after a confirmation, and for a switch user lists, issues and revokes (after a confirmation)
 * its API tokens; a new token's secret is shown once. Everything goes through
 * {@link UserAdministration} and {@link TokenAdministration}, the services of {@code /api/v1/users}, so
 * the same rules refuse (the last admin, a weak password, a token for a non-switch user) and each refusal
 * is shown next to its field or at the top.
 */
@Named("usersPage")
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 1000;
    private static final Set<String> FIELDS = Set.of("login", "role", "customer", "account", "password");

    @Inject
    UserAdministration users;

    @Inject
    TokenAdministration tokens;

    @Inject
    CurrentCaller current;

    private List<UserLine> lines = List.of();
    private String login;
    private Role role;
    private String customer;
    private String account;
    private String password;
    private String tokensOf;
    private List<TokenLine> tokenLines = List.of();
    private String tokenName;
    private String issuedBearer;

    /** One user in the list. */
    public record UserLine(String login, String role, String customer, String account, String lockedUntil,
                           String createdAt) implements Serializable {
        static UserLine of(UserAccount u) {
            return new UserLine(u.getLogin(), u.getRole().name(), u.getCustomerId(), u.getAccountId(),
                    TimeTexts.utc(u.getLockedUntil()), TimeTexts.utc(u.getCreatedAt()));
        }

        public String getLogin() {
            return login;
        }

        public String getRole() {
            return role;
        }

        public String getCustomer() {
            return customer;
        }

        public String getAccount() {
            return account;
        }

        public String getLockedUntil() {
            return lockedUntil;
        }

        public String getCreatedAt() {
            return createdAt;
        }

        public boolean isSwitchUser() {
            return Role.SWITCH.name().equals(role);
        }
    }

    /** One API token of the switch user shown (never its secret). */
    public record TokenLine(String id, String name, String createdAt, String lastUsedAt, String revokedAt)
            implements Serializable {
        static TokenLine of(ApiToken t) {
            return new TokenLine(t.getId(), t.getName(), TimeTexts.utc(t.getCreatedAt()), TimeTexts.utc(t.getLastUsedAt()),
                    TimeTexts.utc(t.getRevokedAt()));
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getCreatedAt() {
            return createdAt;
        }

        public String getLastUsedAt() {
            return lastUsedAt;
        }

        public String getRevokedAt() {
            return revokedAt;
        }

        public boolean isRevoked() {
            return !revokedAt.isEmpty();
        }
    }

    @PostConstruct
    void load() {
        lines = users.users(current.get(), SHOWN).stream().map(UserLine::of).toList();
    }

    /** Creates the user, or replaces the one with this login (an empty password keeps its password). */
    public void save() {
        String who = CallListing.blankToNull(login);
        UserForm form = new UserForm(password == null || password.isEmpty() ? null : password, role,
                CallListing.blankToNull(customer), CallListing.blankToNull(account));
        if (new FormSave("user", "users", FIELDS).run(who, () -> users.save(current.get(), who == null ? "" : who, form).created())) {
            password = null;
            load();
            FormSave.showRow("users:table", lines, UserLine::login, who);
        }
    }

    /** Puts a listed user into the form, to change its role, customer, account or password. */
    public void edit(UserLine line) {
        login = line.login();
        role = Role.valueOf(line.role());
        customer = line.customer();
        account = line.account();
        password = null;
    }

    /** Deletes the user (the page asked for a confirmation); its tokens are revoked and its play links stop. */
    public void delete(UserLine line) {
        try {
            users.delete(current.get(), line.login());
            Texts.info(null, "users.deleted", line.login());
            if (line.login().equals(tokensOf)) {
                tokensOf = null;
                tokenLines = List.of();
            }
            load();
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    public void showTokens(UserLine line) {
        tokensOf = line.login();
        issuedBearer = null;
        loadTokens();
    }

    public void issueToken() {
        try {
            issuedBearer = tokens.issue(current.get(), tokensOf, CallListing.blankToNull(tokenName)).bearer();
            tokenName = null;
            loadTokens();
        } catch (InvalidFieldException e) {
            Texts.errorText("tokens:name", e.problem());
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    /** Revokes one token (the page asked for a confirmation): the switch's next request with it is refused. */
    public void revoke(TokenLine token) {
        Caller caller = current.get();
        try {
            tokens.revoke(caller, tokensOf, token.id());
            Texts.info(null, "users.revoked", token.id());
            issuedBearer = null;
            loadTokens();
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    private void loadTokens() {
        tokenLines = tokens.tokens(current.get(), tokensOf).stream().map(TokenLine::of).toList();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<UserLine> getLines() {
        return lines;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTokensOf() {
        return tokensOf;
    }

    public List<TokenLine> getTokenLines() {
        return tokenLines;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    /** The bearer of the token issued last, shown once (null otherwise). */
    public String getIssuedBearer() {
        return issuedBearer;
    }
}
