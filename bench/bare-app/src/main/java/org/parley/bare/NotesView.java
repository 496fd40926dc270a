package org.parley.bare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import org.springframework.data.domain.PageRequest;

/** The one view: a text field, a button and a lazy grid over the one table. */
@Route("")
public class NotesView extends VerticalLayout {

    NotesView(NoteRepository notes) {
        var grid = new Grid<Note>();
        grid.addColumn(Note::getText).setHeader("Note");
        grid.setItems(query -> notes.findAll(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        var text = new TextField("New note");
        var add = new Button("Add", click -> {
            notes.save(new Note(text.getValue()));
            grid.getDataProvider().refreshAll();
        });
        add(text, add, grid);
    }
}
