package io.callrec.domain.dialing;

import io.callrec.domain.validation.InvalidFieldException;

/**
 * The DTMF sequences that start and stop on-demand recording. Both use the DTMF alphabet
 * (0-9, *, #, A-D; RFC 4733 §3.2), 2 to 8 symbols, and neither may end with the other, so a digit
 * stream matches at most one of them at any point.
 */
public record DtmfCodes(String start, String stop) {

    public static final DtmfCodes DEFAULTS = new DtmfCodes("*44", "*45");
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 8;

    public DtmfCodes {
        check("startCode", start);
        check("stopCode", stop);
        if (start.endsWith(stop) || stop.endsWith(start)) {
            throw new InvalidFieldException("stopCode", "must differ from startCode and neither may end with the other ('"
                    + start + "', '" + stop + "')");
        }
    }

    private static void check(String field, String code) {
        if (code == null || code.isEmpty()) {
            throw new InvalidFieldException(field, "is required");
        }
        if (code.length() < MIN_LENGTH || code.length() > MAX_LENGTH) {
            throw new InvalidFieldException(field, "must have " + MIN_LENGTH + " to " + MAX_LENGTH + " DTMF symbols, not '"
                    + code + "'");
        }
        for (int i = 0; i < code.length(); i++) {
            if (!isDtmf(code.charAt(i))) {
                throw new InvalidFieldException(field, "may only hold 0-9, *, #, A-D, not '" + code + "'");
            }
        }
    }

    public static boolean isDtmf(char c) {
        return (c >= '0' && c <= '9') || c == '*' || c == '#' || (c >= 'A' && c <= 'D');
    }

    public int longest() {
        return Math.max(start.length(), stop.length());
    }
}
