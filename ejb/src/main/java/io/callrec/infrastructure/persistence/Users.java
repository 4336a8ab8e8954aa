package io.callrec.infrastructure.persistence;

import io.callrec.domain.identity.ApiToken;
import io.callrec.domain.identity.Role;
import io.callrec.domain.identity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JPA access to user accounts and their API tokens. */
@ApplicationScoped
public class Users {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public Optional<UserAccount> find(String login) {
        return login == null ? Optional.empty() : Optional.ofNullable(em.find(UserAccount.class, login));
    }

    /** For a change of the failed-login state: two failures at once on two instances count twice. */
    public Optional<UserAccount> lockForUpdate(String login) {
        return Optional.ofNullable(em.find(UserAccount.class, login, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(UserAccount user) {
        em.persist(user);
    }

    public void remove(UserAccount user) {
        em.remove(user);
    }

    public List<UserAccount> list(int limit) {
        return em.createQuery("select u from UserAccount u order by u.login", UserAccount.class)
                .setMaxResults(limit).getResultList();
    }

    public long countWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u where u.role = :r", Long.class)
                .setParameter("r", role).getSingleResult();
    }

    /** The first (by login) end user of an account, if it has one: whom a mailed play link is signed for. */
    public Optional<String> accountUser(String accountId) {
        return em.createQuery("select u.login from UserAccount u where u.role = :r and u.accountId = :a order by u.login",
                        String.class).setParameter("r", Role.ACCOUNT).setParameter("a", accountId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public void add(ApiToken token) {
        em.persist(token);
    }

    public Optional<ApiToken> token(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ApiToken.class, id));
    }

    public List<ApiToken> tokensOf(String login) {
        return em.createQuery("select t from ApiToken t where t.ownerLogin = :o order by t.createdAt, t.id", ApiToken.class)
                .setParameter("o", login).getResultList();
    }

    /** Notes a token's use, at most once per {@code resolution}, so a busy switch does not write on every call. */
    public void touch(String tokenId, Instant now, Duration resolution) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                        + " and (t.lastUsedAt is null or t.lastUsedAt < :stale)")
                .setParameter("now", now).setParameter("id", tokenId).setParameter("stale", now.minus(resolution))
                .executeUpdate();
    }
}
