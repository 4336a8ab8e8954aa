/**
 * Turning a recording's capture into audio, run by the conversion message-driven bean: begin an
 * attempt, analyse the capture, line the call record's clock up with it, replay the on-demand and
 * transfer policies on the capture's timeline (splitting off recordings of accounts that recorded other
 * parts), render the {@link io.callrec.application.conversion.MediaPlan}, judge the output and record
 * the final outcome ({@link io.callrec.application.conversion.RecordingConversion} drives the steps).
 */
package io.callrec.application.conversion;
