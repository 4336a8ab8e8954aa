package io.callrec.domain.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One account's e-mail of a recording as the views show it (detached from JPA): the account, NONE,
 * PENDING, SENT or FAILED, the attempts, the last error (or why no mail is due) and when it was sent.
 */
public record AccountMail(String accountId, MailState state, int attempts, String lastError, Instant sentAt) {

    /** No mail recorded: NONE, nothing tried. */
    public static AccountMail none() {
        return new AccountMail(null, MailState.NONE, 0, null, null);
    }

    /**
     * The recording's mail in one line, as {@code mail} has always shown it: the mail of the first account
     * in {@code entitledAccounts} (the accounts of the recording's entitled xDRs the reader sees, in xDR
     * order; the first is the account a recording was mailed to before each account got its own mail)
     * that has one, else the first of {@code mails}, else {@link #none()}.
     */
    public static AccountMail headline(List<String> entitledAccounts, List<AccountMail> mails) {
        for (String account : entitledAccounts) {
            Optional<AccountMail> own = mails.stream().filter(m -> account.equals(m.accountId())).findFirst();
            if (own.isPresent()) {
                return own.get();
            }
        }
        return mails.isEmpty() ? none() : mails.get(0);
    }
}
