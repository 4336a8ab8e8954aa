/**
 * On-demand recording, domain side: control events from SIP INFO {@code Record:} headers, DTMF codes
 * (RFC 4733 or SIP INFO dtmf-relay) and the switch's call record become recorded spans plus an audit
 * trail ({@link io.callrec.domain.ondemand.SpanPolicy}), kept with the recording
 * ({@link io.callrec.domain.ondemand.RecordingControl}). The media engine is expected to hand its events
 * to the same policy and to cut the audio to the spans.
 */
package io.callrec.domain.ondemand;
