/**
 * Use cases, one {@code @Stateless} service each: accepting a call, converting its recording,
 * recording the outcome, looking recordings up.
 */
package io.callrec.application;
