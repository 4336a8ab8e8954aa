/**
 * Who may see and change what: access roles (which service attributes an end user may view or modify),
 * the one recording visibility rule every read path goes through, and signed play links.
 */
package io.callrec.domain.access;
