package io.callrec.infrastructure.persistence;

import io.callrec.domain.customfield.CustomField;
import io.callrec.domain.customfield.CustomFieldOwner;
import io.callrec.domain.customfield.CustomFieldValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JPA access to the custom field definitions and their values on accounts and customers. */
@ApplicationScoped
public class CustomFields {

    @PersistenceContext(unitName = "callrec")
    EntityManager em;

    public Optional<CustomField> definition(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(em.find(CustomField.class, name));
    }

    /** Every definition, by name. */
    public List<CustomField> definitions() {
        return em.createQuery("select f from CustomField f order by f.name", CustomField.class).getResultList();
    }

    public List<String> names() {
        return em.createQuery("select f.name from CustomField f order by f.name", String.class).getResultList();
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    /** Removes a definition and every value of it. */
    public void remove(CustomField field) {
        em.createQuery("delete from CustomFieldValue v where v.key.fieldName = :f")
                .setParameter("f", field.getName()).executeUpdate();
        em.remove(field);
    }

    /** Removes the values of a field on one kind of owner (the field no longer applies to it). */
    public int removeValues(String field, CustomFieldOwner ownerType) {
        return em.createQuery("delete from CustomFieldValue v where v.key.fieldName = :f and v.key.ownerType = :t")
                .setParameter("f", field).setParameter("t", ownerType).executeUpdate();
    }

    public Optional<CustomFieldValue> value(CustomFieldOwner ownerType, String ownerId, String field) {
        return Optional.ofNullable(em.find(CustomFieldValue.class, new CustomFieldValue.Key(ownerType, ownerId, field)));
    }

    public void removeValue(CustomFieldValue value) {
        em.remove(value);
    }

    /** The values set on one account or customer, by field name. */
    public Map<String, String> valuesOf(CustomFieldOwner ownerType, String ownerId) {
        Map<String, String> values = new LinkedHashMap<>();
        if (ownerId == null) {
            return values;
        }
        em.createQuery("select v from CustomFieldValue v where v.key.ownerType = :t and v.key.ownerId = :o"
                        + " order by v.key.fieldName", CustomFieldValue.class)
                .setParameter("t", ownerType).setParameter("o", ownerId).getResultList()
                .forEach(v -> values.put(v.getFieldName(), v.getValue()));
        return values;
    }
}
