package io.callrec.domain.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The value of one custom field on one account or customer; an unset field has no row. */
@Entity
@Table(name = "custom_field_value")
public class CustomFieldValue {

    public static final int VALUE_LENGTH = 1000;

    /** Which field on which account or customer. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Enumerated(EnumType.STRING)
        @Column(name = "owner_type", length = 16, nullable = false)
        private CustomFieldOwner ownerType;

        @Column(name = "owner_id", length = 64, nullable = false)
        private String ownerId;

        @Column(name = "field_name", length = 64, nullable = false)
        private String fieldName;

        protected Key() {
        }

        public Key(CustomFieldOwner ownerType, String ownerId, String fieldName) {
            this.ownerType = ownerType;
            this.ownerId = ownerId;
            this.fieldName = fieldName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.ownerType == ownerType && Objects.equals(k.ownerId, ownerId)
                    && Objects.equals(k.fieldName, fieldName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerType, ownerId, fieldName);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "field_value", length = VALUE_LENGTH, nullable = false)
    private String value;

    protected CustomFieldValue() {
    }

    public CustomFieldValue(Key key, String value) {
        this.key = key;
        change(value);
    }

    public void change(String value) {
        this.value = value;
    }

    public CustomFieldOwner getOwnerType() { return key.ownerType; }
    public String getOwnerId() { return key.ownerId; }
    public String getFieldName() { return key.fieldName; }
    public String getValue() { return value; }
}
