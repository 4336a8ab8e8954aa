/** Customers of the service provider: who owns recordings and how long they are kept. */
package io.callrec.domain.customer;
