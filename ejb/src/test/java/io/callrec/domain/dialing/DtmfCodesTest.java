package io.callrec.domain.dialing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;

class DtmfCodesTest {

    @Test
    void defaultsAreStar44ToStartAndStar45ToStop() {
        assertThat(DtmfCodes.DEFAULTS.start()).isEqualTo("*44");
        assertThat(DtmfCodes.DEFAULTS.stop()).isEqualTo("*45");
    }

    @Test
    void symbolsOutsideTheDtmfAlphabetAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new DtmfCodes("*4x", "*45"))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("field 'startCode' may only hold 0-9, *, #, A-D, not '*4x'");
    }

    @Test
    void tooShortOrTooLongCodesAreRefused() {
        assertThatThrownBy(() -> new DtmfCodes("*44", "5")).hasMessageStartingWith("field 'stopCode' must have 2 to 8");
        assertThatThrownBy(() -> new DtmfCodes("*123456789", "*45")).hasMessageStartingWith("field 'startCode' must have 2 to 8");
    }

    @Test
    void codesThatEndWithEachOtherAreRefused() {
        assertThatThrownBy(() -> new DtmfCodes("*44", "*44")).hasMessageStartingWith("field 'stopCode' must differ");
        assertThatThrownBy(() -> new DtmfCodes("1*44", "*44")).hasMessageStartingWith("field 'stopCode' must differ");
    }

    @Test
    void missingCodeIsRequired() {
        assertThatThrownBy(() -> new DtmfCodes(null, "*45")).hasMessage("field 'startCode' is required");
    }
}
