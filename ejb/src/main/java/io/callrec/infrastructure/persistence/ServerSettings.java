package io.callrec.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Reads and writes server settings, each call committed on its own: when two instances start at once
 * and both try to write the first value of a key, the database keeps one (primary key) and the loser,
 * whose insert fails, reads the winner's.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServerSettings {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public Optional<String> read(String key) {
        return Optional.ofNullable(em.find(ServerSetting.class, key)).map(ServerSetting::value);
    }

    /** Fails (and rolls back) when the key already has a value. */
    public void insert(String key, String value) {
        em.persist(new ServerSetting(key, value));
        em.flush();
    }
}
