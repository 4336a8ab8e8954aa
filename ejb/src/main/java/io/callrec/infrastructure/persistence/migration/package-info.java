/**
 * Schema migrations: Flyway brings the database to the schema the entities expect, from versioned SQL
 * scripts ({@code db/migration/<vendor>/V<n>__<what>.sql}), before Hibernate validates it. Every entity
 * change needs a new script; Hibernate only validates and refuses to start on a mismatch.
 */
package io.callrec.infrastructure.persistence.migration;
