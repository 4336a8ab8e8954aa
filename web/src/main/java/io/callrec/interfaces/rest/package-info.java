/**
 * The REST API (JAX-RS): calls in, recordings and their audio out, health; the recording policy and the
 * announcements for the switch; the operator's admin API over the service model and the end user's
 * self-service view.
 */
package io.callrec.interfaces.rest;
