/** Access roles: which service attributes an end user may view or modify. */
package io.callrec.domain.access;
