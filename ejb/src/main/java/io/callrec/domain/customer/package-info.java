/** Customers of the service provider and their classes: who owns recordings, how long they are kept, who is notified. */
package io.callrec.domain.customer;
