package io.callrec.interfaces.console;

import io.callrec.domain.refusal.RequestRefusedException;
import io.callrec.domain.validation.InvalidFieldException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;

/**
 * The save of a configuration form (customer classes, products, access roles, dialing rules, users):
 * the service's answer as the page message ({@code <prefix>.created} or {@code <prefix>.replaced}), a
 * refused field next to that field, any other refusal at the top, and the list turned to the page that
 * shows the saved row, so the admin sees what was saved however many rows the list holds.
 */
final class FormSave {

    private final String form;
    private final String prefix;
    private final Set<String> fields;

    /** {@code fields}: the form's fields a refusal may name; null when every refused field is on the form. */
    FormSave(String form, String prefix, Set<String> fields) {
        this.form = form;
        this.prefix = prefix;
        this.fields = fields;
    }

    FormSave(String form, String prefix) {
        this(form, prefix, null);
    }

    /** Runs the save ({@code true} when it created); false when it was refused, with the reason shown. */
    boolean run(String id, BooleanSupplier save) {
        try {
            boolean created = save.getAsBoolean();
            Texts.info(null, prefix + (created ? ".created" : ".replaced"), id);
            return true;
        } catch (InvalidFieldException e) {
            Texts.errorText(fields == null || fields.contains(e.field()) ? form + ":" + e.field() : null, e.problem());
        } catch (RequestRefusedException e) {
            Texts.errorText(null, e.getMessage());
        }
        return false;
    }

    /** Turns the paginated table {@code tableId} (a client id) to the page holding the row whose key is {@code id}. */
    static <T> void showRow(String tableId, List<T> lines, Function<T, String> key, String id) {
        int index = 0;
        while (index < lines.size() && !Objects.equals(key.apply(lines.get(index)), id)) {
            index++;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent table = faces == null ? null : faces.getViewRoot().findComponent(tableId);
        if (index < lines.size() && table instanceof DataTable t && t.getRows() > 0) {
            t.setFirst(index - index % t.getRows());
        }
    }
}
