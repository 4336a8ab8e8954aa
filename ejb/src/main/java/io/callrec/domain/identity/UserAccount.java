package io.callrec.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A user who logs in: its role, what it belongs to, its bcrypt password and its failed-login state.
 * Table and column names are fixed because the security realm (configure-security.cli) reads them with
 * its own SQL: {@code password_hash}, {@code password_salt}, {@code password_cost}, {@code role},
 * {@code locked_until}.
 */
@Entity
@Table(name = "app_user", indexes = @Index(name = "app_user_account_id_idx", columnList = "account_id"))
public class UserAccount {

    @Id
    @Column(name = "login", length = 64)
    private String login;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "customer_id", length = 64)
    private String customerId;

    @Column(name = "account_id", length = 64)
    private String accountId;

    @Column(name = "password_hash", nullable = false, length = 64)
    private String passwordHash;

    @Column(name = "password_salt", nullable = false, length = 64)
    private String passwordSalt;

    @Column(name = "password_cost", nullable = false)
    private int passwordCost;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "failure_window_start")
    private Instant failureWindowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected UserAccount() {
    }

    public UserAccount(String login, Role role, String customerId, String accountId, PasswordHash password, Instant now) {
        this.login = login;
        this.createdAt = now;
        assign(role, customerId, accountId);
        changePassword(password, now);
    }

    /** The role and what it belongs to; a customer user has a customer, an account user an account, others none. */
    public void assign(Role newRole, String newCustomerId, String newAccountId) {
        new Caller(login, newRole, newCustomerId, newAccountId); // the same invariants as every caller
        this.role = newRole;
        this.customerId = newRole == Role.CUSTOMER ? newCustomerId : null;
        this.accountId = newRole == Role.ACCOUNT ? newAccountId : null;
    }

    public void changePassword(PasswordHash password, Instant now) {
        this.passwordHash = password.hashHex();
        this.passwordSalt = password.saltHex();
        this.passwordCost = password.cost();
        this.passwordChangedAt = now;
        this.failedLogins = 0;
        this.failureWindowStart = null;
        this.lockedUntil = null;
    }

    public LoginThrottle.State loginState() {
        return new LoginThrottle.State(failedLogins, failureWindowStart, lockedUntil);
    }

    public void loginState(LoginThrottle.State state) {
        this.failedLogins = state.failures();
        this.failureWindowStart = state.windowStart();
        this.lockedUntil = state.lockedUntil();
    }

    public Caller caller() {
        return new Caller(login, role, customerId, accountId);
    }

    public PasswordHash password() {
        return new PasswordHash(passwordHash, passwordSalt, passwordCost);
    }

    public String getLogin() { return login; }
    public Role getRole() { return role; }
    public String getCustomerId() { return customerId; }
    public String getAccountId() { return accountId; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
}
