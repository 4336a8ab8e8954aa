/** JPA repositories over the domain entities. */
package io.callrec.infrastructure.persistence;
