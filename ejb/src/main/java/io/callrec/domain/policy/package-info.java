/** The recording policy the switch asks at call setup: record or not, on-demand codes, announcement. */
package io.callrec.domain.policy;
