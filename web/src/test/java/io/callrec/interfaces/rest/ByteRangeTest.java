package io.callrec.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void absentOrForeignHeaderMeansWholeFile() {
        assertThat(ByteRange.parse(null, 100)).isEmpty();
        assertThat(ByteRange.parse("items=0-5", 100)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-5,10-20", 100)).isEmpty();
        assertThat(ByteRange.parse("bytes=x-y", 100)).isEmpty();
    }

    @Test
    void closedRangeIsClampedToTheFile() {
        assertThat(ByteRange.parse("bytes=10-19", 100)).contains(new ByteRange(10, 19));
        assertThat(ByteRange.parse("bytes=90-500", 100)).contains(new ByteRange(90, 99));
    }

    @Test
    void openRangeRunsToTheEnd() {
        assertThat(ByteRange.parse("bytes=44-", 100)).contains(new ByteRange(44, 99));
    }

    @Test
    void suffixRangeTakesTheLastBytes() {
        assertThat(ByteRange.parse("bytes=-10", 100)).contains(new ByteRange(90, 99));
        assertThat(ByteRange.parse("bytes=-500", 100)).contains(new ByteRange(0, 99));
        assertThat(ByteRange.parse("bytes=-10", 100).orElseThrow().length()).isEqualTo(10);
    }

    @Test
    void rangeOutsideTheFileIsUnsatisfiable() {
        assertThatThrownBy(() -> ByteRange.parse("bytes=100-", 100)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=20-10", 100)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=-0", 100)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }
}
