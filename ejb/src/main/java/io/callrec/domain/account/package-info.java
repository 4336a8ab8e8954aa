/**
 * Subscriber accounts, their per-option settings (inherit / on / off) and the pure policy that turns
 * products, add-ons, settings and dialing rules into the configuration that applies.
 */
package io.callrec.domain.account;
