package io.callrec.interfaces.console;

import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Self-care's "My calls", {@code /selfcare/calls.xhtml}. Roles: <b>account</b> (its own account's calls)
 * and <b>customer</b> (every account of its customer, except calls of accounts that keep their
 * recordings "to myself only": the visibility rule of {@code XdrCatalog} leaves them out). Searchable by
 * number and date, and for a customer user by account; newest first, paged; Play opens the in-page
 * player on a play URL signed for the user.
 */
@Named("myCalls")
@ViewScoped
public class MyCallsPage extends CallListing {

    private static final long serialVersionUID = 1L;

    /** An account user's list is its own account's whatever is typed; a customer user may pick one. */
    @Override
    protected String restrictAccount(Caller caller, String asked) {
        return caller.is(Role.CUSTOMER) ? blankToNull(asked) : null;
    }

    @Override
    protected String restrictCustomer(Caller caller, String asked) {
        return null;
    }
}
