/**
 * Use cases, one {@code @Stateless} service each: accepting a call, converting its recording,
 * recording the outcome, looking recordings up, answering the switch's recording policy question, and
 * administering customers, the offer (products, dialing rules, access roles) and accounts.
 */
package io.callrec.application;
