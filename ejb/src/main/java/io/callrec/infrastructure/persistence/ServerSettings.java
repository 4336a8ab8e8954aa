package io.callrec.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Reads and writes server settings, each call committed on its own: when two instances start at once
 * and both try to write the first value of a key, the database keeps one (primary key) and the loser,
 * whose insert fails, reads the winner's. Operators' settings ({@link #put}) are written in the
 * caller's transaction instead, together with their audit entry.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServerSettings {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public Optional<String> read(String key) {
        return Optional.ofNullable(em.find(ServerSetting.class, key)).map(ServerSetting::value);
    }

    /** Sets the key's value in the caller's transaction (an operator's setting, audited with its change). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void put(String key, String value) {
        ServerSetting existing = em.find(ServerSetting.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            em.persist(new ServerSetting(key, value));
        } else {
            existing.change(value);
        }
    }

    /** Fails (and rolls back) when the key already has a value. */
    public void insert(String key, String value) {
        em.persist(new ServerSetting(key, value));
        em.flush();
    }
}
