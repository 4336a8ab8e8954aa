/**
 * ITU-T G.722 (09/2012) wideband decoder, 64 kbit/s mode 1, written from the specification:
 * receive QMF (§4, computed per §5), lower sub-band 6-bit ADPCM whose predictor and scale factor
 * adapt on the embedded 4-bit quantizer, higher sub-band 2-bit ADPCM and the shared block 4
 * pole-zero predictor ({@code G722Band}), each as the blocks of §6 (INVQBL, INVQAL, LOGSCL,
 * SCALEL, RECONS, PARREC, UPPOL1/2, UPZERO, DELAYA, FILTEP, FILTEZ, PREDIC, LIMIT).
 *
 * <p><b>RTP clock.</b> RFC 3551 §4.5.2: payload type 9 is advertised with an RTP clock rate of
 * 8000 Hz although the audio is sampled at 16 kHz (an error in RFC 1890 kept for compatibility).
 * One RTP timestamp tick is therefore one octet and two output samples; a 20 ms packet is 160
 * octets, advances the timestamp by 160 and decodes to 320 samples. Use
 * {@link io.callrec.media.codec.g722.G722Decoder#RTP_CLOCK_RATE},
 * {@link io.callrec.media.codec.g722.G722Decoder#SAMPLES_PER_RTP_TICK} or
 * {@link io.callrec.media.codec.g722.G722Decoder#samplesForRtpTicks(long)} to place audio on a timeline.
 *
 * <p><b>Loss.</b> {@code conceal} repeats the last pitch period and fades it out (60 ms to
 * silence); the ADPCM signal memory is cleared (scale factors and coefficients kept) and the
 * next good packet is cross-faded in.
 */
package io.callrec.media.codec.g722;
