package io.callrec.infrastructure.mail;

import java.lang.reflect.Method;
import java.net.ConnectException;
import java.util.Optional;
import jakarta.mail.MessagingException;

/**
 * What a failed send means. A reply code of the 5xx family (the address refused, the message rejected)
 * is permanent: the mail is FAILED with the reason and never retried. Anything else — a 4xx reply, a
 * refused or dropped connection, a timeout, a failed login — may pass, so the send is retried.
 * The reply code is read from the provider's exceptions (Angus Mail's {@code SMTPAddressFailedException},
 * {@code SMTPSendFailedException}: {@code getReturnCode()}) through the exception chain, by reflection,
 * since the provider's classes are not part of the Jakarta Mail API.
 */
public record SmtpFailure(boolean permanent, String reason) {

    public static SmtpFailure of(Exception e) {
        Optional<Integer> code = replyCode(e);
        String reason = describe(e);
        return new SmtpFailure(code.isPresent() && code.get() >= 500 && code.get() < 600, reason);
    }

    /** The first SMTP reply code found along the causes and the next exceptions of a MessagingException. */
    static Optional<Integer> replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            try {
                Method m = t.getClass().getMethod("getReturnCode");
                Object code = m.invoke(t);
                if (code instanceof Integer c && c > 0) {
                    return Optional.of(c);
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // not a provider exception with a reply code: look further down the chain
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** The message of each link of the chain, e.g. "Invalid Addresses; 550 5.1.1 no such user". */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 5; t = next(t), depth++) {
            String message = t instanceof ConnectException ? "connection refused: " + t.getMessage() : t.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message.trim()) < 0) {
                if (!text.isEmpty()) {
                    text.append("; ");
                }
                text.append(message.trim());
            }
        }
        return text.isEmpty() ? e.getClass().getSimpleName() : text.toString();
    }
}
