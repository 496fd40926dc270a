package org.parley.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLinesTest {

    @Test
    void a_line_of_exactly_75_octets_is_not_folded_and_one_of_76_is() {
        String exact = "SUMMARY:" + "x".repeat(75 - 8);
        String over = exact + "y";

        assertThat(new String(ContentLines.fold(exact + "\r\n"), StandardCharsets.UTF_8))
                .isEqualTo(exact + "\r\n");
        assertThat(new String(ContentLines.fold(over + "\r\n"), StandardCharsets.UTF_8))
                .isEqualTo(exact + "\r\n y\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Ж", // Cyrillic: two octets
                "न", // Devanagari: three octets
                "\uD83C\uDDFA\uD83C\uDDF3", // a flag: two surrogate pairs of four octets each
                "aЖनक्ष\uD83D\uDE00" // mixed, so folds fall at every offset within a sequence
            })
    void long_lines_fold_at_75_octets_without_splitting_a_character(String piece) {
        String value = piece.repeat(400);
        String line = "DESCRIPTION:" + value;

        byte[] folded = ContentLines.fold(line + "\r\n");

        List<byte[]> physical = physicalLines(folded);
        assertThat(physical).hasSizeGreaterThan(10);
        assertThat(physical).allSatisfy(bytes -> {
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            // a fold inside a UTF-8 sequence would leave half a character at the end of one line
            assertThat(decodesStrictly(bytes)).isTrue();
        });
        assertThat(physical.subList(1, physical.size()))
                .allSatisfy(bytes -> assertThat(bytes[0]).isEqualTo((byte) ' '));
        assertThat(physical.subList(0, physical.size() - 1))
                .as("lines are filled: a fold leaves less than one character of room")
                .allSatisfy(bytes -> assertThat(bytes.length).isGreaterThan(75 - 4));
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
    }

    @Test
    void every_line_ends_with_crlf_and_there_is_no_byte_order_mark() {
        byte[] folded = ContentLines.fold("BEGIN:VCALENDAR\r\nSUMMARY:Переговоры\r\nEND:VCALENDAR\r\n");

        assertThat(Arrays.copyOf(folded, 3)).isNotEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(new String(folded, StandardCharsets.UTF_8))
                .isEqualTo("BEGIN:VCALENDAR\r\nSUMMARY:Переговоры\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void a_line_break_or_half_a_character_inside_a_line_is_refused() {
        assertThatThrownBy(() -> ContentLines.fold("SUMMARY:one\ntwo\r\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> ContentLines.fold("SUMMARY:one\rtwo\r\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> ContentLines.fold("SUMMARY:half \uD83D a smile\r\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("surrogate");
        assertThatThrownBy(() -> ContentLines.fold("SUMMARY:no line end")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<byte[]> physicalLines(byte[] folded) {
        String text = new String(folded, StandardCharsets.ISO_8859_1); // one char per octet, to cut by octets
        assertThat(text).endsWith("\r\n");
        return Arrays.stream(text.substring(0, text.length() - 2).split("\r\n"))
                .map(s -> s.getBytes(StandardCharsets.ISO_8859_1))
                .toList();
    }

    private static String unfold(byte[] folded) {
        return new String(folded, StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
