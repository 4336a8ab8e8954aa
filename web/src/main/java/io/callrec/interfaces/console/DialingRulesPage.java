package io.callrec.interfaces.console;

import io.callrec.application.administration.OfferAdministration;
import io.callrec.domain.dialing.DialingRule;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Dialing rules, {@code /console/dialing-rules.xhtml}. Roles: <b>admin</b> only. Lists the rules (the
 * DTMF codes that start and stop on-demand recording for a customer's or account's calls) and creates or
 * replaces one through {@link OfferAdministration#saveDialingRule}, the service of
 * {@code PUT /api/v1/dialing-rules/{id}}; empty codes are the defaults, as on the API, and a code the
 * domain refuses is shown next to its field.
 */
@Named("dialingRulesPage")
@ViewScoped
public class DialingRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfferAdministration offers;

    @Inject
    CurrentCaller current;

    private List<Line> lines = List.of();
    private String id;
    private String name;
    private String startCode;
    private String stopCode;

    /** One rule in the list. */
    public record Line(String id, String name, String startCode, String stopCode) implements Serializable {
        static Line of(DialingRule r) {
            return new Line(r.getId(), r.getName(), r.codes().start(), r.codes().stop());
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getStartCode() {
            return startCode;
        }

        public String getStopCode() {
            return stopCode;
        }
    }

    @PostConstruct
    void load() {
        lines = offers.dialingRules(current.get(), CustomersPage.SHOWN).stream().map(Line::of).toList();
    }

    /** Puts a listed rule into the form, to change it. */
    public void edit(Line line) {
        id = line.id();
        name = line.name();
        startCode = line.startCode();
        stopCode = line.stopCode();
    }

    public void save() {
        boolean saved = new FormSave("rule", "rules").run(id, () -> {
            String start = CallListing.blankToNull(startCode);
            String stop = CallListing.blankToNull(stopCode);
            DtmfCodes codes = new DtmfCodes(start == null ? DtmfCodes.DEFAULTS.start() : start,
                    stop == null ? DtmfCodes.DEFAULTS.stop() : stop);
            return offers.saveDialingRule(current.get(), id, name, codes).created();
        });
        if (saved) {
            load();
            FormSave.showRow("rules:table", lines, Line::id, id);
        }
    }

    public List<Line> getLines() {
        return lines;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
}
