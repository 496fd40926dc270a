package org.parley.shared.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.parley.shared.BundleMessageInterpolator;

/**
 * Gives a field the limits its record declares ({@code @Size}, {@code @Min}, {@code @Max}), with the record's own
 * messages. A field's built-in limit marks it invalid before a binder's validator runs, and without a message of its
 * own it would show a red field with no words; taking both from the record keeps the page and the server saying the
 * same thing.
 */
public final class FieldLimits {

    private FieldLimits() {}

    public static void lengthFrom(Class<? extends Record> type, String component, TextField field) {
        Size size = annotation(type, component, Size.class);
        if (size != null) {
            field.setMaxLength(size.max());
            field.setI18n(new TextField.TextFieldI18n()
                    .setMaxLengthErrorMessage(
                            messageOf(size.message(), java.util.Map.of("max", size.max(), "min", size.min()))));
        }
    }

    public static void lengthFrom(Class<? extends Record> type, String component, TextArea field) {
        Size size = annotation(type, component, Size.class);
        if (size != null) {
            field.setMaxLength(size.max());
            field.setI18n(new TextArea.TextAreaI18n()
                    .setMaxLengthErrorMessage(
                            messageOf(size.message(), java.util.Map.of("max", size.max(), "min", size.min()))));
        }
    }

    public static void lengthFrom(Class<? extends Record> type, String component, EmailField field) {
        Size size = annotation(type, component, Size.class);
        if (size != null) {
            field.setMaxLength(size.max());
            field.setI18n(new EmailField.EmailFieldI18n()
                    .setMaxLengthErrorMessage(
                            messageOf(size.message(), java.util.Map.of("max", size.max(), "min", size.min()))));
        }
    }

    public static void rangeFrom(Class<? extends Record> type, String component, IntegerField field) {
        Min min = annotation(type, component, Min.class);
        Max max = annotation(type, component, Max.class);
        var i18n = new IntegerField.IntegerFieldI18n();
        if (min != null) {
            field.setMin((int) min.value());
            i18n.setMinErrorMessage(messageOf(min.message(), java.util.Map.of("value", min.value())));
        }
        if (max != null) {
            field.setMax((int) max.value());
            i18n.setMaxErrorMessage(messageOf(max.message(), java.util.Map.of("value", max.value())));
        }
        field.setI18n(i18n);
    }

    private static <A extends Annotation> @Nullable A annotation(
            Class<? extends Record> type, String component, Class<A> kind) {
        RecordComponent found = Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(component))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no " + component));
        // constraints do not target record components, so Java places them on the accessor (and field)
        return found.getAccessor().getAnnotation(kind);
    }

    /**
     * The record's message in the field's language when it is a bundle key ({@code {meeting.title.tooLong}}), the
     * record's text when it wrote one out, nothing for Bean Validation's own templates ({@code {jakarta…}}).
     */
    private static @Nullable String messageOf(String message, java.util.Map<String, ?> limits) {
        String translated = BundleMessageInterpolator.textOf(message, Languages.current(), limits);
        if (translated != null) {
            return translated;
        }
        return message.startsWith("{") ? null : message;
    }
}
