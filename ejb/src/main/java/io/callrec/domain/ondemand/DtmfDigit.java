package io.callrec.domain.ondemand;

import io.callrec.domain.dialing.DtmfCodes;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One DTMF symbol pressed at a time, and whether it came as an RFC 4733 event or in a SIP INFO body. */
public record DtmfDigit(Instant at, char symbol, Source source) {

    public enum Source {
        RFC4733, SIP_INFO
    }

    private static final String RFC4733_SYMBOLS = "0123456789*#ABCD";

    public DtmfDigit {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        if (!DtmfCodes.isDtmf(symbol)) {
            throw new IllegalArgumentException("not a DTMF symbol: '" + symbol + "'");
        }
    }

    /** RFC 4733 §3.2 event codes 0-15 are the DTMF symbols; any other event (flash, tones) is not one. */
    public static Optional<DtmfDigit> fromRfc4733Event(int event, Instant at) {
        return event >= 0 && event < RFC4733_SYMBOLS.length()
                ? Optional.of(new DtmfDigit(at, RFC4733_SYMBOLS.charAt(event), Source.RFC4733))
                : Optional.empty();
    }

    /**
     * The body of a SIP INFO request of type {@code application/dtmf-relay}: lines {@code Signal=5} and
     * {@code Duration=160}; only the signal matters here. Empty when there is no usable signal.
     */
    public static Optional<DtmfDigit> fromDtmfRelay(String body, Instant at) {
        if (body == null) {
            return Optional.empty();
        }
        for (String line : body.split("\r?\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).trim().equalsIgnoreCase("Signal")) {
                String value = line.substring(eq + 1).trim().toUpperCase(Locale.ROOT);
                if (value.length() == 1 && DtmfCodes.isDtmf(value.charAt(0))) {
                    return Optional.of(new DtmfDigit(at, value.charAt(0), Source.SIP_INFO));
                }
                if (value.matches("1[0-5]|[0-9]")) { // some gateways send the RFC 4733 event number
                    return fromRfc4733Event(Integer.parseInt(value), at).map(d -> new DtmfDigit(at, d.symbol(), Source.SIP_INFO));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
