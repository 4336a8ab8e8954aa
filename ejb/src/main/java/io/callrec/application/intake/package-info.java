/**
 * What the switch asks and hands over: whether to record a call of an account at call setup
 * ({@link io.callrec.application.intake.RecordingPolicyService}), and a finished call with its xDRs and
 * capture, stored as a PENDING recording whose conversion is requested
 * ({@link io.callrec.application.intake.CallIntake}).
 */
package io.callrec.application.intake;
