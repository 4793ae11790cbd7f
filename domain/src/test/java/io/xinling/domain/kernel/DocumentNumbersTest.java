package io.xinling.domain.kernel;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentNumbersTest {

    @Test
    void prefix_month_and_at_least_four_digits() {
        assertThat(DocumentNumbers.of("RC", LocalDate.of(2026, 1, 31), 1)).isEqualTo("RC-202601-0001");
        assertThat(DocumentNumbers.of("OUT", LocalDate.of(2026, 11, 5), 9_999)).isEqualTo("OUT-202611-9999");
        assertThat(DocumentNumbers.of("OUT", LocalDate.of(2026, 11, 5), 123_456)).isEqualTo("OUT-202611-123456");
        assertThatThrownBy(() -> DocumentNumbers.of("RC", LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void as_the_format_pattern_says(@ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1) int n) {
        LocalDate date = LocalDate.of(year, month, 1);
        assertThat(DocumentNumbers.of("TR", date, n))
                .isEqualTo(String.format(Locale.ROOT, "%s-%04d%02d-%04d", "TR", year, month, n));
    }
}
