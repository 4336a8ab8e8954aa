/**
 * Custom fields: named values the operator defines for accounts and/or customers (e.g. an integrator's
 * customer id), set per account or customer and written into exported metadata files.
 */
package io.callrec.domain.customfield;
