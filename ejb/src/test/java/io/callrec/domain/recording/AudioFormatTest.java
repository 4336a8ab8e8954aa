package io.callrec.domain.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;

class AudioFormatTest {

    @Test
    void labelsParseInAnyCaseWithDashOrUnderscore() {
        assertThat(AudioFormat.parse("f", "wav")).isEqualTo(AudioFormat.WAV);
        assertThat(AudioFormat.parse("f", " WAV-ALAW ")).isEqualTo(AudioFormat.WAV_ALAW);
        assertThat(AudioFormat.parse("f", "wav_ulaw")).isEqualTo(AudioFormat.WAV_ULAW);
        assertThat(AudioFormat.parse("f", "Mp3")).isEqualTo(AudioFormat.MP3);
    }

    @Test
    void anUnknownFormatNamesTheFieldAndTheChoices() {
        assertThatThrownBy(() -> AudioFormat.parse("outputFormat", "ogg"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("field 'outputFormat' must be one of wav, wav-alaw, wav-ulaw, mp3, not 'ogg'");
        assertThatThrownBy(() -> AudioFormat.parse("outputFormat", null)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void everyWavIsServedAsWavAndStoredUnderItsOwnLabel() {
        for (AudioFormat f : new AudioFormat[] {AudioFormat.WAV, AudioFormat.WAV_ALAW, AudioFormat.WAV_ULAW}) {
            assertThat(f.extension()).isEqualTo("wav");
            assertThat(f.contentType()).isEqualTo("audio/wav");
            assertThat(AudioFormat.ofStored(f.label())).isEqualTo(f);
        }
        assertThat(AudioFormat.MP3.contentType()).isEqualTo("audio/mpeg");
        assertThat(AudioFormat.MP3.extension()).isEqualTo("mp3");
        assertThat(AudioFormat.ofStored("mp3")).isEqualTo(AudioFormat.MP3);
    }
}
