package io.callrec.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One permission on one attribute, as a role stores it. */
@Embeddable
public class Grant {

    @Enumerated(EnumType.STRING)
    @Column(name = "attribute_name", nullable = false, length = 32)
    private Attribute attribute;

    @Enumerated(EnumType.STRING)
    @Column(name = "permission", nullable = false, length = 16)
    private Permission permission;

    protected Grant() {
    }

    public Grant(Attribute attribute, Permission permission) {
        this.attribute = attribute;
        this.permission = permission;
    }

    public Attribute attribute() { return attribute; }
    public Permission permission() { return permission; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grant g && g.attribute == attribute && g.permission == permission;
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribute, permission);
    }
}
