package io.callrec.infrastructure.persistence.migration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Databases and the application's persistence unit for tests that need real SQL without a server. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A private in-memory H2 database, kept until the JVM ends. */
    public static DataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("sa");
        return ds;
    }

    /**
     * The application's persistence unit as Java SE starts it (same persistence.xml, same entities):
     * {@link SchemaMigrations} migrates the database first, then Hibernate validates it.
     */
    public static EntityManagerFactory persistenceUnit(DataSource ds) {
        return Persistence.createEntityManagerFactory("callrec", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", ds));
    }

    /** {@code work} in a transaction of its own, committed, as the container runs a REQUIRES_NEW bean method. */
    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
