/**
 * The operator's service model: customers and customer classes, the offer (products, dialing rules,
 * access roles) and accounts, each change audited in its transaction; and keeping every account's
 * "show to myself only" flag in step with its product.
 */
package io.callrec.application.administration;
