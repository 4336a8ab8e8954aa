/** The one exception for "this value breaks a domain rule", naming the field so a client can fix it. */
package io.callrec.domain.validation;
