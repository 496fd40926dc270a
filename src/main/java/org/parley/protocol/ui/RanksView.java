package org.parley.protocol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.parley.protocol.ProtocolService;
import org.parley.protocol.Rank;
import org.parley.protocol.RankData;
import org.parley.security.Role;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.FieldLimits;
import org.parley.shared.ui.GridRows;
import org.parley.shared.ui.Notifications;

/** The protocol ranks and their precedence, which the administrator maintains (docs/0023). */
@Route("protocol/ranks")
@Menu(title = "protocol.ranks.title", order = 94, icon = "vaadin:sitemap")
@RolesAllowed(Role.ADMIN_ROLE)
class RanksView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Rank> grid = new Grid<>(Rank.class, false);
    final Button newRank = new Button(VaadinIcon.PLUS.create());
    private final ProtocolService protocol;

    RanksView(ProtocolService protocol) {
        this.protocol = protocol;
        addClassName("parley-page");
        setSizeFull();
        newRank.setText(getTranslation("protocol.ranks.new"));
        newRank.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRank.addClickListener(e -> new RankDialog(null).open());
        grid.addColumn(Rank::precedence)
                .setHeader(getTranslation("protocol.ranks.precedence"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(rank -> rank.label(getLocale()))
                .setHeader(getTranslation("protocol.ranks.name"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        GridRows.openOnClickOrEnter(grid, rank -> new RankDialog(rank).open());
        grid.setSizeFull();
        refresh();
        add(new Paragraph(getTranslation("protocol.ranks.intro")), newRank, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("protocol.ranks.title");
    }

    private void refresh() {
        // a short list of reference data, read whole
        grid.setItems(protocol.ranks());
    }

    /** Adds a rank or changes one; a default rank keeps the name Parley gives it in every language. */
    class RankDialog extends Dialog {
        final TextField name = new TextField(getTranslation("protocol.ranks.name"));
        final IntegerField precedence = new IntegerField(getTranslation("protocol.ranks.precedence"));
        final Button save = new Button(getTranslation("protocol.ranks.save"));
        final BeanValidationBinder<RankData> binder = new BeanValidationBinder<>(RankData.class);

        RankDialog(@Nullable Rank rank) {
            setHeaderTitle(rank == null ? getTranslation("protocol.ranks.new") : rank.label(getLocale()));
            FieldLimits.lengthFrom(RankData.class, "name", name);
            precedence.setMin(1);
            precedence.setMax(RankData.PRECEDENCE_MAX);
            precedence.setStepButtonsVisible(true);
            binder.forField(name).bind("name");
            binder.forField(precedence).withNullRepresentation(0).bind("precedence");
            binder.readRecord(rank == null ? new RankData("", protocol.ranks().size() + 1) : rank.toData());
            if (rank != null && rank.code() != null) {
                name.setReadOnly(true);
                name.setValue(rank.label(getLocale()));
                name.setHelperText(getTranslation("protocol.ranks.defaultNamed"));
            }
            add(new FormLayout(name, precedence));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                try {
                    RankData data = binder.writeRecord();
                    if (rank != null && rank.code() != null) {
                        data = new RankData(rank.name(), data.precedence());
                    }
                    Rank saved = rank == null
                            ? protocol.createRank(data)
                            : protocol.updateRank(rank.id(), data, rank.version());
                    Notifications.success(getTranslation("protocol.ranks.saved", saved.label(getLocale())));
                    close();
                    refresh();
                } catch (ValidationException invalid) {
                    // the binder marks the fields
                } catch (RuleViolationException rule) {
                    Notifications.error(rule.getMessage());
                }
            });
            getFooter().add(new Button(getTranslation("protocol.ranks.cancel"), e -> close()), save);
        }
    }
}
