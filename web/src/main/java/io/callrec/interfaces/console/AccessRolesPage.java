package io.callrec.interfaces.console;

import io.callrec.application.administration.OfferAdministration;
import io.callrec.domain.access.AccessRole;
import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.access.Permission;
import io.callrec.interfaces.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Access roles, {@code /console/access-roles.xhtml}. Roles: <b>admin</b> only. Lists the roles with what
 * each lets an end user do with every recording option (and with own DTMF codes): nothing, view, or view
 * and modify, "show to myself only" included; creates or replaces one through
 * {@link OfferAdministration#saveAccessRole}, the service of {@code PUT /api/v1/access-roles/{id}}.
 */
@Named("accessRolesPage")
@ViewScoped
public class AccessRolesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a role allows with one attribute, as the form offers it. */
    public enum Level {
        NONE, VIEW, MODIFY;

        static Level of(Set<Grant> grants, Attribute attribute) {
            return AccessRole.mayModify(grants, attribute) ? MODIFY : AccessRole.mayView(grants, attribute) ? VIEW : NONE;
        }

        public String getName() {
            return name();
        }
    }

    @Inject
    OfferAdministration offers;

    @Inject
    CurrentCaller current;

    private List<Line> lines = List.of();
    private String id;
    private String name;
    /** The form's level of each attribute, by JSON name; names of {@link Level}, as the selects post them. */
    private Map<String, String> levels = blank();

    /** One role in the list: its level for each attribute, by JSON name, in the attributes' order. */
    public record Line(String id, String name, Map<String, Level> levels) implements Serializable {
        static Line of(AccessRole r) {
            Map<String, Level> levels = new LinkedHashMap<>();
            for (Attribute a : Attribute.values()) {
                levels.put(a.jsonName(), Level.of(r.getGrants(), a));
            }
            return new Line(r.getId(), r.getName(), levels);
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public Map<String, Level> getLevels() {
            return levels;
        }

        /** The attributes the role shows at all, by JSON name. */
        public List<String> getGranted() {
            return levels.entrySet().stream().filter(e -> e.getValue() != Level.NONE).map(Map.Entry::getKey).toList();
        }
    }

    @PostConstruct
    void load() {
        lines = offers.accessRoles(current.get(), CustomersPage.SHOWN).stream().map(Line::of).toList();
    }

    /** Puts a listed role into the form, to change it. */
    public void edit(Line line) {
        id = line.id();
        name = line.name();
        levels = new LinkedHashMap<>();
        line.levels().forEach((attribute, level) -> levels.put(attribute, level.name()));
    }

    public void save() {
        if (new FormSave("role", "roles").run(id, () -> offers.saveAccessRole(current.get(), id, name, grants()).created())) {
            load();
            FormSave.showRow("roles:table", lines, Line::id, id);
        }
    }

    private Set<Grant> grants() {
        Set<Grant> grants = new HashSet<>();
        for (Attribute a : Attribute.values()) {
            Level level = Level.valueOf(levels.getOrDefault(a.jsonName(), Level.NONE.name()));
            if (level != Level.NONE) {
                grants.add(new Grant(a, Permission.VIEW));
            }
            if (level == Level.MODIFY) {
                grants.add(new Grant(a, Permission.MODIFY));
            }
        }
        return grants;
    }

    private static Map<String, String> blank() {
        Map<String, String> levels = new LinkedHashMap<>();
        Arrays.stream(Attribute.values()).forEach(a -> levels.put(a.jsonName(), Level.NONE.name()));
        return levels;
    }

    /** The attributes by JSON name (their labels are {@code option.<name>}). */
    public List<String> getAttributes() {
        return Arrays.stream(Attribute.values()).map(Attribute::jsonName).toList();
    }

    public Level[] getChoices() {
        return Level.values();
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

    public Map<String, String> getLevels() {
        return levels;
    }
}
