package io.callrec.infrastructure.persistence;

import io.callrec.domain.recording.RecordingState;
import io.callrec.domain.xdr.Xdr;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** JPA queries over xDRs for the xDR panel: newest first, keyset-paged, filtered in the query by visibility. */
@ApplicationScoped
public class Xdrs {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    /**
     * What the panel filters by; null fields do not filter. {@code number} matches the calling or the
     * called number exactly; {@code from}/{@code to} bound the connect time; {@code beforeId} is the
     * last id of the previous page; {@code state} keeps only xDRs whose recording is in that state (the
     * console's search).
     */
    public record Filter(String accountId, String customerId, Instant from, Instant to, String number,
                         RecordingState state, Long beforeId, int limit) {

        /** Without a state: the API's filter. */
        public Filter(String accountId, String customerId, Instant from, Instant to, String number, Long beforeId,
                      int limit) {
            this(accountId, customerId, from, to, number, null, beforeId, limit);
        }
    }

    public List<Xdr> list(VisibleTo visible, Filter f) {
        Conditions conditions = new Conditions().always(visible.xdr())
                .ifGiven(f.accountId(), "x.accountId = :account", "account")
                .ifGiven(f.customerId(), VisibleTo.XDR_CUSTOMER + " = :customer", "customer")
                .ifGiven(f.from(), "x.connectTime >= :from", "from")
                .ifGiven(f.to(), "x.connectTime < :to", "to")
                .ifGiven(f.number(), "(x.callingNumber = :number or x.calledNumber = :number)", "number")
                .ifGiven(f.state(), "x.recording.state = :state", "state")
                .ifGiven(f.beforeId(), "x.id < :before", "before");
        return conditions.bind(visible.bind(em.createQuery("select x from Xdr x left join fetch x.recording"
                        + VisibleTo.XDR_JOINS + conditions.where() + " order by x.id desc", Xdr.class)))
                .setMaxResults(f.limit()).getResultList();
    }
}
