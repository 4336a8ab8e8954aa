/**
 * Request bodies bound to records with JSON-B and checked with Bean Validation, strictly typed so that a
 * wrong type is a 400 naming the field (never coerced, never a 500).
 */
package io.callrec.interfaces.rest.binding;
