package io.callrec.infrastructure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.recording.AudioFormat;
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
        System.clearProperty(OutputSettings.MP3_QUALITY_PROPERTY);
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
    void mp3QualityIsLamesDefaultUnlessConfigured() {
        assertThat(settings.conversionOptions().mp3Quality()).isEqualTo(-1);
        System.setProperty(OutputSettings.MP3_QUALITY_PROPERTY, " 7 ");
        assertThat(settings.conversionOptions(AudioFormat.MP3).mp3Quality()).isEqualTo(7);
        for (String bad : new String[] {"10", "-1", "fast", ""}) {
            System.setProperty(OutputSettings.MP3_QUALITY_PROPERTY, bad);
            assertThatThrownBy(settings::conversionOptions).hasMessageContaining("callrec.output.mp3-quality")
                    .hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void defaultIsMonoWav() {
        assertThat(settings.conversionOptions().format()).isEqualTo(OutputFormat.WAV);
        assertThat(settings.conversionOptions().channels()).isEqualTo(Channels.MONO);
        assertThat(settings.format()).isEqualTo(AudioFormat.WAV);
    }

    @Test
    void instanceCanBeConfiguredForStereoMp3() {
        System.setProperty(OutputSettings.FORMAT_PROPERTY, "mp3");
        System.setProperty(OutputSettings.CHANNELS_PROPERTY, " Stereo ");
        assertThat(settings.conversionOptions().format()).isEqualTo(OutputFormat.MP3);
        assertThat(settings.conversionOptions().channels()).isEqualTo(Channels.STEREO);
        assertThat(settings.format().extension()).isEqualTo("mp3");
    }

    @Test
    void instanceCanBeConfiguredForCompactG711Wav() {
        System.setProperty(OutputSettings.FORMAT_PROPERTY, "wav-alaw");
        assertThat(settings.format()).isEqualTo(AudioFormat.WAV_ALAW);
        assertThat(settings.conversionOptions().format()).isEqualTo(OutputFormat.WAV_ALAW);
        System.setProperty(OutputSettings.FORMAT_PROPERTY, "WAV_ULAW");
        assertThat(settings.conversionOptions().format()).isEqualTo(OutputFormat.WAV_ULAW);
        assertThat(settings.format().extension()).isEqualTo("wav");
    }

    @Test
    void aCustomersFormatKeepsTheInstancesChannelsAndBitRate() {
        System.setProperty(OutputSettings.CHANNELS_PROPERTY, "stereo");
        System.setProperty(OutputSettings.MP3_KBPS_PROPERTY, "24");
        var options = settings.conversionOptions(AudioFormat.WAV_ULAW);
        assertThat(options.format()).isEqualTo(OutputFormat.WAV_ULAW);
        assertThat(options.channels()).isEqualTo(Channels.STEREO);
        assertThat(settings.conversionOptions(AudioFormat.MP3).mp3Kbps()).isEqualTo(24);
    }

    @Test
    void unknownFormatIsExplained() {
        System.setProperty(OutputSettings.FORMAT_PROPERTY, "ogg");
        assertThatThrownBy(settings::format).hasMessageContaining("callrec.output.format must be one of wav, wav-alaw,"
                + " wav-ulaw, mp3").hasMessageContaining("'ogg'");
    }
}
