package io.callrec.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.OutputFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutputSettingsTest {

    private final OutputSettings settings = new OutputSettings();

    @AfterEach
    void clear() {
        System.clearProperty(OutputSettings.FORMAT_PROPERTY);
        System.clearProperty(OutputSettings.CHANNELS_PROPERTY);
        System.clearProperty(OutputSettings.MP3_KBPS_PROPERTY);
    }

    @Test
    void mp3BitRateIsTheDefaultUnlessConfigured() {
        assertThat(settings.conversionOptions().mp3Kbps()).isZero();
        System.setProperty(OutputSettings.MP3_KBPS_PROPERTY, "24");
        assertThat(settings.conversionOptions().mp3Kbps()).isEqualTo(24);
        System.setProperty(OutputSettings.MP3_KBPS_PROPERTY, "fast");
        assertThatThrownBy(settings::conversionOptions).hasMessageContaining("callrec.output.mp3-kbps");
    }

    @Test
    void defaultIsMonoWav() {
        assertThat(settings.conversionOptions().format()).isEqualTo(OutputFormat.WAV);
        assertThat(settings.conversionOptions().channels()).isEqualTo(Channels.MONO);
        assertThat(settings.extension()).isEqualTo("wav");
    }

    @Test
    void instanceCanBeConfiguredForStereoMp3() {
        System.setProperty(OutputSettings.FORMAT_PROPERTY, "mp3");
        System.setProperty(OutputSettings.CHANNELS_PROPERTY, " Stereo ");
        assertThat(settings.conversionOptions().format()).isEqualTo(OutputFormat.MP3);
        assertThat(settings.conversionOptions().channels()).isEqualTo(Channels.STEREO);
        assertThat(settings.extension()).isEqualTo("mp3");
    }

    @Test
    void unknownFormatIsExplained() {
        System.setProperty(OutputSettings.FORMAT_PROPERTY, "ogg");
        assertThatThrownBy(settings::extension).hasMessageContaining("callrec.output.format must be one of")
                .hasMessageContaining("'OGG'");
    }
}
