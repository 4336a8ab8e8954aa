package io.callrec.domain.transfer;

import java.util.List;
import java.util.Optional;

/**
 * Who owns a recording of the call and what each owner's recording holds; the recording links to the
 * owners' xDRs. {@code notes} explain what was left out and why.
 */
public record Ownership(List<Owner> owners, List<String> notes) {

    public record Owner(String accountId, List<OwnedSpan> spans) {
        public Owner {
            spans = List.copyOf(spans);
        }
    }

    public Ownership {
        owners = List.copyOf(owners);
        notes = List.copyOf(notes);
    }

    public Optional<Owner> of(String accountId) {
        return owners.stream().filter(o -> o.accountId().equals(accountId)).findFirst();
    }
}
