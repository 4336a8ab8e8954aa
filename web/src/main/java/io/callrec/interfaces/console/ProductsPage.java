package io.callrec.interfaces.console;

import io.callrec.application.administration.OfferAdministration;
import io.callrec.domain.product.Product;
import io.callrec.domain.product.RecordingFeature;
import io.callrec.domain.product.RecordingOption;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Products and add-ons, {@code /console/products.xhtml}. Roles: <b>admin</b> only. Lists the base
 * products and add-ons with the options of their Call Recording section, and creates or replaces one
 * through {@link OfferAdministration#saveProduct}, the service of {@code PUT /api/v1/products/{id}}: a
 * product without the section has no call recording; with it, the options ticked are on, the others off.
 */
@Named("productsPage")
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfferAdministration offers;

    @Inject
    CurrentCaller current;

    private List<Line> lines = List.of();
    private String id;
    private String name;
    private boolean addOn;
    private boolean callRecording;
    private List<String> options = new ArrayList<>();

    /** One product in the list; {@code options} are the JSON names of the options on, null without the section. */
    public record Line(String id, String name, boolean addOn, List<String> options) implements Serializable {
        static Line of(Product p) {
            return new Line(p.getId(), p.getName(), p.isAddOn(), p.recordingFeature()
                    .map(f -> f.enabled().stream().map(RecordingOption::jsonName).toList()).orElse(null));
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public boolean isAddOn() {
            return addOn;
        }

        public boolean isCallRecording() {
            return options != null;
        }

        public List<String> getOptions() {
            return options == null ? List.of() : options;
        }
    }

    @PostConstruct
    void load() {
        lines = offers.products(current.get(), CustomersPage.SHOWN).stream().map(Line::of).toList();
    }

    /** Puts a listed product into the form, to change it. */
    public void edit(Line line) {
        id = line.id();
        name = line.name();
        addOn = line.addOn();
        callRecording = line.isCallRecording();
        options = new ArrayList<>(line.getOptions());
    }

    public void save() {
        if (new FormSave("product", "products").run(id, () -> offers.saveProduct(current.get(), id, name, addOn, feature()).created())) {
            load();
            FormSave.showRow("products:table", lines, Line::id, id);
        }
    }

    private RecordingFeature feature() {
        if (!callRecording) {
            return null;
        }
        Set<RecordingOption> on = EnumSet.noneOf(RecordingOption.class);
        options.forEach(o -> RecordingOption.byJsonName(o).ifPresent(on::add));
        return RecordingFeature.of(on);
    }

    /** The options of the Call Recording section, by JSON name (their labels are {@code option.<name>}). */
    public List<String> getAllOptions() {
        return Arrays.stream(RecordingOption.values()).map(RecordingOption::jsonName).toList();
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

    public boolean isAddOn() {
        return addOn;
    }

    public void setAddOn(boolean addOn) {
        this.addOn = addOn;
    }

    public boolean isCallRecording() {
        return callRecording;
    }

    public void setCallRecording(boolean callRecording) {
        this.callRecording = callRecording;
    }

    public List<String> getOptions() {
        return options;
    }

    public void setOptions(List<String> options) {
        this.options = options == null ? new ArrayList<>() : new ArrayList<>(options);
    }
}
