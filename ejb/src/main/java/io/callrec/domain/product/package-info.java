/** The product catalogue: base products and add-ons, and the call recording feature they carry. */
package io.callrec.domain.product;
