package io.callrec.application.identity;

import io.callrec.application.administration.Saved;
import io.callrec.domain.refusal.ConflictException;
import io.callrec.domain.refusal.NotFoundException;
import io.callrec.application.Secured;
import io.callrec.application.audit.AuditTrail;
import io.callrec.domain.account.Account;
import io.callrec.domain.customer.Customer;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.LoginName;
import io.callrec.domain.identity.PasswordPolicy;
import io.callrec.domain.identity.Role;
import io.callrec.domain.identity.UserAccount;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.infrastructure.persistence.ServiceDirectory;
import io.callrec.infrastructure.persistence.Users;
import io.callrec.infrastructure.security.PasswordHashing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.ejb3.annotation.SecurityDomain;

/**
 * Use case: an admin creates, replaces, reads and deletes users. A customer user names an existing
 * customer, an account user an existing account; the last admin can be neither deleted nor demoted
 * (nobody could administer the server any more). A user leaving the switch role loses its tokens.
 */
@Stateless
@SecurityDomain(Secured.DOMAIN)
@RolesAllowed(Role.Names.ADMIN)
public class UserAdministration {

    @Inject
    Users users;

    @Inject
    ServiceDirectory directory;

    @Inject
    PasswordHashing hashing;

    @Inject
    TokenAdministration tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A user as the admin describes it; the password may be omitted when replacing (it is kept). */
    public record UserForm(String password, Role role, String customerId, String accountId) {
    }

    public Saved<UserAccount> save(Caller caller, String login, UserForm form) {
        caller.require(Role.ADMIN);
        LoginName.check("login", login);
        checkBelonging(form);
        Optional<UserAccount> existing = users.find(login);
        if (existing.isEmpty() || form.password() != null) {
            PasswordPolicy.check("password", login, form.password());
        }
        JsonObject before = existing.map(IdentityJson::user).orElse(null);
        UserAccount user = existing.orElseGet(() -> {
            UserAccount created = new UserAccount(login, form.role(), form.customerId(), form.accountId(),
                    hashing.hash(form.password()), clock.instant());
            users.add(created);
            return created;
        });
        if (existing.isPresent()) {
            if (user.getRole() == Role.ADMIN && form.role() != Role.ADMIN) {
                refuseLastAdmin(login, "demoted");
            }
            if (user.getRole() == Role.SWITCH && form.role() != Role.SWITCH) {
                tokens.revokeAll(caller, login);
            }
            user.assign(form.role(), form.customerId(), form.accountId());
            if (form.password() != null) {
                user.changePassword(hashing.hash(form.password()), clock.instant());
            }
        }
        audit.changed(caller, "user", login, before, IdentityJson.user(user));
        return new Saved<>(user, existing.isEmpty());
    }

    public UserAccount user(Caller caller, String login) {
        caller.require(Role.ADMIN);
        return users.find(login).orElseThrow(() -> new NotFoundException("user", login));
    }

    public List<UserAccount> users(Caller caller, int limit) {
        caller.require(Role.ADMIN);
        return users.list(limit);
    }

    /** Deletes the user and revokes its tokens; its play links stop working at once. */
    public void delete(Caller caller, String login) {
        UserAccount user = user(caller, login);
        if (user.getRole() == Role.ADMIN) {
            refuseLastAdmin(login, "deleted");
        }
        tokens.revokeAll(caller, login);
        JsonObject before = IdentityJson.user(user);
        users.remove(user);
        audit.changed(caller, "user", login, before, null);
    }

    private void checkBelonging(UserForm form) {
        if (form.role() == null) {
            throw new InvalidFieldException("role", "is required: one of admin, customer, account, switch");
        }
        if (form.role() == Role.CUSTOMER) {
            required("customer", Customer.class, form.customerId());
        } else if (form.customerId() != null) {
            throw new InvalidFieldException("customer", "goes only with the role customer");
        }
        if (form.role() == Role.ACCOUNT) {
            required("account", Account.class, form.accountId());
        } else if (form.accountId() != null) {
            throw new InvalidFieldException("account", "goes only with the role account");
        }
    }

    private void required(String field, Class<?> type, String id) {
        if (id == null) {
            throw new InvalidFieldException(field, "is required for the role " + field);
        }
        if (directory.find(type, id).isEmpty()) {
            throw new InvalidFieldException(field, "refers to no " + field + " with id '" + id + "'");
        }
    }

    private void refuseLastAdmin(String login, String what) {
        if (users.countWithRole(Role.ADMIN) <= 1) {
            throw new ConflictException("'" + login + "' is the last admin and cannot be " + what
                    + "; make another admin first");
        }
    }
}
