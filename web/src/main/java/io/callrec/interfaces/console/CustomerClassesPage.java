package io.callrec.interfaces.console;

import io.callrec.application.administration.CustomerAdministration;
import io.callrec.domain.customer.CustomerClass;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Customer classes, {@code /console/customer-classes.xhtml}. Roles: <b>admin</b> only. Lists the classes
 * with their "New call recording is available" notification flag and creates or replaces one through
 * {@link CustomerAdministration#saveClass}, the service of {@code PUT /api/v1/customer-classes/{id}}.
 */
@Named("customerClassesPage")
@ViewScoped
public class CustomerClassesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerAdministration customers;

    @Inject
    CurrentCaller current;

    private List<Line> lines = List.of();
    private String id;
    private String name;
    private boolean notification;

    /** One class in the list. */
    public record Line(String id, String name, boolean notification) implements Serializable {
        static Line of(CustomerClass c) {
            return new Line(c.getId(), c.getName(), c.isNewRecordingNotification());
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public boolean isNotification() {
            return notification;
        }
    }

    @PostConstruct
    void load() {
        lines = customers.classes(current.get(), CustomersPage.SHOWN).stream().map(Line::of).toList();
    }

    /** Puts a listed class into the form, to change it. */
    public void edit(Line line) {
        id = line.id();
        name = line.name();
        notification = line.notification();
    }

    public void save() {
        if (new FormSave("class", "classes").run(id, () -> customers.saveClass(current.get(), id, name, notification).created())) {
            load();
            FormSave.showRow("classes:table", lines, Line::id, id);
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

    public boolean isNotification() {
        return notification;
    }

    public void setNotification(boolean notification) {
        this.notification = notification;
    }
}
