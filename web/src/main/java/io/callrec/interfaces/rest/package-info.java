/** The REST API (JAX-RS): calls in, recordings and their audio out, health. */
package io.callrec.interfaces.rest;
