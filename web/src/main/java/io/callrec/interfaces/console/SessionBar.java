package io.callrec.interfaces.console;

import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The page header of every console and self-care page: who is logged in, the menu of what the role
 * may open, and logout (which ends the login and the session). The menu only shows the way: the
 * security constraints and the services decide.
 */
@Named("sessionBar")
@RequestScoped
public class SessionBar {

    @Inject
    CurrentCaller current;

    public String getLogin() {
        return current.find().map(Caller::login).orElse("");
    }

    public boolean isAdmin() {
        return current.find().map(c -> c.is(Role.ADMIN)).orElse(false);
    }

    public boolean isCustomer() {
        return current.find().map(c -> c.is(Role.CUSTOMER)).orElse(false);
    }

    public boolean isAccount() {
        return current.find().map(c -> c.is(Role.ACCOUNT)).orElse(false);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + Pages.LOGIN + "?loggedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
