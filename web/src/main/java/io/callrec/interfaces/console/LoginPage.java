package io.callrec.interfaces.console;

import io.callrec.application.identity.CallerDirectory;
import io.callrec.application.identity.LoginGate;
import io.callrec.domain.identity.Caller;
import io.callrec.infrastructure.security.PasswordHashing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * The login form ({@code /login.xhtml}, reached by everyone: it is web.xml's FORM login page, where the
 * container sends a request for a console or self-care page that has no login yet). It logs in
 * programmatically on the same security domain ({@link HttpServletRequest#login}: the Elytron realm
 * checks the bcrypt hash and the session keeps the identity), between the same {@link LoginGate} calls
 * as the API's Basic logins, so the failed-login locks (per login and client address, and per login
 * from every address) count and refuse page logins too. A refusal never says whether the login, the
 * password or a lock was the reason. After a login the session gets a new id (no fixation) and the user
 * goes to its role's home: the console for an admin, self-care for a customer or an account user.
 */
@Named("login")
@RequestScoped
public class LoginPage {

    @Inject
    LoginGate gate;

    @Inject
    PasswordHashing hashing;

    @Inject
    CallerDirectory callers;

    private String username;
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Where an already logged-in user who opens the login page belongs; nothing for a visitor. */
    public void redirectSignedIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            Optional<Caller> caller = callers.user(request.getUserPrincipal().getName());
            if (caller.isPresent() && Pages.home(caller.get()) != null) {
                external.redirect(external.getRequestContextPath() + Pages.home(caller.get()));
            }
        }
    }

    public void signIn() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String client = request.getRemoteAddr();
        LoginGate.Admission admission = gate.admit(username, client);
        if (admission.state() != LoginGate.State.OPEN) {
            hashing.burn(password); // an unknown or locked login costs what a wrong password costs
            refuse();
            return;
        }
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        request.getSession(true);
        try {
            request.login(username, password);
        } catch (ServletException e) {
            gate.failed(username, client);
            refuse();
            return;
        }
        if (admission.failures() > 0) {
            gate.succeeded(username, client);
        }
        request.changeSessionId();
        String home = Pages.home(admission.caller());
        if (home == null) {
            // A switch user has no pages: it stays logged out.
            request.logout();
            Texts.error(null, "login.noPages", admission.caller().role().jsonName());
            return;
        }
        external.redirect(external.getRequestContextPath() + home);
        faces.responseComplete();
    }

    private void refuse() {
        password = null;
        Texts.error(null, "login.invalid");
    }
}
