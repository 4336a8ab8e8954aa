package io.callrec.interfaces.console;

import io.callrec.application.administration.AccountAdministration;
import io.callrec.application.administration.AccountAdministration.AccountView;
import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Attribute;
import io.callrec.domain.account.OptionSetting;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.identity.Caller;
import io.callrec.domain.identity.Role;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Self-care's "My recording options", {@code /selfcare/options.xhtml}. Roles: <b>account</b> (its own
 * account) and <b>customer</b> (any account of its customer, chosen on the page). It shows exactly the
 * attributes the account's access role lets the end user view, each changeable only where the role lets
 * it be modified, and saves through {@link AccountAdministration#changeAsEndUser} — the service the
 * API's {@code PUT /accounts/{id}/self-service} calls, which checks the role again (and keeps "show to
 * myself only" to the account itself: a customer user sees it but cannot change it). Only what was
 * changed is sent; a refusal or an invalid code is shown next to its field.
 */
@Named("optionsPage")
@ViewScoped
public class OptionsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ACCOUNTS_SHOWN = 500;

    @Inject
    AccountAdministration administration;

    @Inject
    CurrentCaller current;

    private String account;
    private List<String> accounts = List.of();
    private List<OptionRow> options = List.of();
    private boolean codesVisible;
    private boolean codesModifiable;
    private boolean customCodes;
    private String startCode;
    private String stopCode;
    private String effectiveCodes;
    private boolean loaded;

    /** One option as the page shows it: its setting (inherit/on/off), the effective value, whether it may change. */
    public static final class OptionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RecordingOption option;
        private final OptionSetting stored;
        private final boolean effective;
        private final boolean modifiable;
        private OptionSetting setting;

        OptionRow(RecordingOption option, OptionSetting stored, boolean effective, boolean modifiable) {
            this.option = option;
            this.stored = stored;
            this.effective = effective;
            this.modifiable = modifiable;
            this.setting = stored;
        }

        public String getName() {
            return option.jsonName();
        }

        public String getLabelKey() {
            return "option." + option.jsonName();
        }

        public boolean isEffective() {
            return effective;
        }

        public boolean isModifiable() {
            return modifiable;
        }

        public OptionSetting getSetting() {
            return setting;
        }

        public void setSetting(OptionSetting setting) {
            this.setting = setting;
        }

        boolean changed() {
            return modifiable && setting != null && setting != stored;
        }

        RecordingOption option() {
            return option;
        }
    }

    /** The view action: the caller's account, or for a customer user the one asked for (else its first). */
    public void load() {
        Caller caller = current.get();
        if (caller.is(Role.CUSTOMER)) {
            accounts = administration.accounts(caller, ACCOUNTS_SHOWN).stream().map(v -> v.account().getId()).toList();
            if (CallListing.blankToNull(account) == null && !accounts.isEmpty()) {
                account = accounts.get(0);
            }
        } else {
            account = caller.accountId();
        }
        if (account == null) {
            loaded = false;
            return;
        }
        try {
            show(caller, administration.account(caller, account));
        } catch (EJBException e) {
            throw e;
        } catch (RuntimeException e) {
            loaded = false;
            Texts.errorText(null, e.getMessage());
        }
    }

    public void save() {
        Caller caller = current.get();
        Map<RecordingOption, OptionSetting> changes = new EnumMap<>(RecordingOption.class);
        options.stream().filter(OptionRow::changed).forEach(o -> changes.put(o.option, o.setting));
        Optional<Optional<DtmfCodes>> codes = Optional.empty();
        if (codesModifiable) {
            try {
                codes = codesChange();
            } catch (InvalidFieldException e) {
                Texts.errorText("options:" + (e.field().equals("stopCode") ? "stopCode" : "startCode"), e.problem());
                return;
            }
        }
        if (changes.isEmpty() && codes.isEmpty()) {
            Texts.info(null, "options.unchanged");
            return;
        }
        try {
            show(caller, administration.changeAsEndUser(caller, account, changes, codes));
            Texts.info(null, "options.saved");
        } catch (EJBException e) {
            throw e;
        } catch (RuntimeException e) {
            Texts.errorText(null, e.getMessage());
        }
    }

    /** Empty when the codes are as stored; else the new custom codes, or empty inside to return to the dialing rules. */
    private Optional<Optional<DtmfCodes>> codesChange() {
        AccountView view = administration.account(current.get(), account);
        Optional<DtmfCodes> stored = view.account().customCodes();
        if (!customCodes) {
            return stored.isPresent() ? Optional.of(Optional.empty()) : Optional.empty();
        }
        DtmfCodes wanted = new DtmfCodes(startCode == null ? "" : startCode.strip(), stopCode == null ? "" : stopCode.strip());
        return stored.filter(wanted::equals).isPresent() ? Optional.empty() : Optional.of(Optional.of(wanted));
    }

    private void show(Caller caller, AccountView view) {
        List<OptionRow> rows = new ArrayList<>();
        for (RecordingOption option : RecordingOption.values()) {
            Attribute attribute = Attribute.of(option);
            if (AccessRole.mayView(view.endUserGrants(), attribute)) {
                boolean modifiable = AccessRole.mayModify(view.endUserGrants(), attribute)
                        && !(option == RecordingOption.SHOW_TO_MYSELF_ONLY && caller.is(Role.CUSTOMER));
                rows.add(new OptionRow(option, view.account().getConfiguration().get(option),
                        view.effective().isOn(option), modifiable));
            }
        }
        options = rows;
        codesVisible = AccessRole.mayView(view.endUserGrants(), Attribute.DIALING_CODES);
        codesModifiable = codesVisible && AccessRole.mayModify(view.endUserGrants(), Attribute.DIALING_CODES);
        Optional<DtmfCodes> custom = view.account().customCodes();
        customCodes = custom.isPresent();
        DtmfCodes effective = view.effective().codes();
        startCode = custom.map(DtmfCodes::start).orElse(effective == null ? null : effective.start());
        stopCode = custom.map(DtmfCodes::stop).orElse(effective == null ? null : effective.stop());
        effectiveCodes = effective == null ? "" : effective.start() + " / " + effective.stop();
        loaded = true;
    }

    public OptionSetting[] getSettings() {
        return OptionSetting.values();
    }

    public boolean isCustomer() {
        return current.get().is(Role.CUSTOMER);
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public List<String> getAccounts() {
        return accounts;
    }

    public List<OptionRow> getOptions() {
        return options;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public boolean isCodesVisible() {
        return codesVisible;
    }

    public boolean isCodesModifiable() {
        return codesModifiable;
    }

    public boolean isCustomCodes() {
        return customCodes;
    }

    public void setCustomCodes(boolean customCodes) {
        this.customCodes = customCodes;
    }

    public String getStartCode() {
        return startCode;
    }

    public void setStartCode(String startCode) {
        this.startCode = startCode;
    }

    public String getStopCode() {
        return stopCode;
    }

    public void setStopCode(String stopCode) {
        this.stopCode = stopCode;
    }

    public String getEffectiveCodes() {
        return effectiveCodes;
    }
}
