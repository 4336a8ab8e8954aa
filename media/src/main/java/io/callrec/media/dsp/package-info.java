/**
 * Signal processing for the render stage: a windowed-sinc kernel for band-limited resampling at
 * any ratio (8 to 16 kHz up-sampling, 48 to 16 kHz down-sampling, clock-drift stretching).
 */
package io.callrec.media.dsp;
