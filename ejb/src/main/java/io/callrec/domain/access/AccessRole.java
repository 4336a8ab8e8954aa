package io.callrec.domain.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A named set of permissions on attributes, given to accounts. An account without a role gets
 * {@link #END_USER_DEFAULTS}: everything visible except "show the call recording to myself only",
 * which stays hidden from end users, and only the auto-record options, e-mail and the own DTMF
 * codes changeable; the announcement and the manual start/stop entitlement are the operator's.
 */
@Entity
@Table(name = "access_role")
public class AccessRole {

    public static final Set<Grant> END_USER_DEFAULTS = endUserDefaults();

    @Id
    @Column(length = 64)
    private String id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "access_role_grant", joinColumns = @JoinColumn(name = "role_id"))
    private Set<Grant> grants = new HashSet<>();

    protected AccessRole() {
    }

    public AccessRole(String id, String name, Set<Grant> grants) {
        this.id = id;
        update(name, grants);
    }

    public void update(String newName, Set<Grant> newGrants) {
        this.name = newName;
        this.grants.clear();
        this.grants.addAll(newGrants);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public Set<Grant> getGrants() { return Set.copyOf(grants); }

    public boolean mayView(Attribute attribute) {
        return mayView(grants, attribute);
    }

    public boolean mayModify(Attribute attribute) {
        return mayModify(grants, attribute);
    }

    /** The rule for any set of grants: MODIFY implies VIEW. */
    public static boolean mayView(Set<Grant> grants, Attribute attribute) {
        return grants.contains(new Grant(attribute, Permission.VIEW)) || mayModify(grants, attribute);
    }

    public static boolean mayModify(Set<Grant> grants, Attribute attribute) {
        return grants.contains(new Grant(attribute, Permission.MODIFY));
    }

    private static Set<Grant> endUserDefaults() {
        Set<Grant> grants = new HashSet<>();
        for (Attribute a : EnumSet.complementOf(EnumSet.of(Attribute.SHOW_TO_MYSELF_ONLY))) {
            grants.add(new Grant(a, Permission.VIEW));
        }
        for (Attribute a : EnumSet.of(Attribute.AUTO_RECORD_INCOMING, Attribute.AUTO_RECORD_OUTGOING,
                Attribute.AUTO_RECORD_REDIRECTED, Attribute.SEND_VIA_EMAIL, Attribute.DIALING_CODES)) {
            grants.add(new Grant(a, Permission.MODIFY));
        }
        return Set.copyOf(grants);
    }
}
