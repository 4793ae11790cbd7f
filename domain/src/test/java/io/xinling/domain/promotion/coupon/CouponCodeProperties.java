package io.xinling.domain.promotion.coupon;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class CouponCodeProperties {

    @Property
    void a_generated_code_parses_back_to_itself(@ForAll long high, @ForAll long low, @ForAll("prefixes") String prefix) {
        CouponCode code = CouponCode.generate(prefix, high, low);
        assertThat(code.value()).startsWith(prefix).hasSize(prefix.length() + CouponCode.BODY_LENGTH + 1);
        assertThat(CouponCode.parse(code.value().toLowerCase()).get()).isEqualTo(code);
    }

    @Property
    void any_single_mistyped_character_is_refused(@ForAll long high, @ForAll long low,
                                                  @ForAll("positions") int position, @ForAll("shifts") int shift) {
        String code = CouponCode.generate("", high, low).value();
        int at = position % code.length();
        int index = CouponCode.ALPHABET.indexOf(code.charAt(at));
        char wrong = CouponCode.ALPHABET.charAt((index + shift) % CouponCode.ALPHABET.length());
        String typo = code.substring(0, at) + wrong + code.substring(at + 1);
        assertThat(CouponCode.parse(typo).isLeft()).isTrue();
    }

    @Property
    void swapping_two_different_neighbours_is_refused_unless_they_are_the_luhn_blind_pair(
            @ForAll long high, @ForAll long low, @ForAll("positions") int position) {
        String code = CouponCode.generate("", high, low).value();
        int at = position % (code.length() - 1);
        char a = code.charAt(at);
        char b = code.charAt(at + 1);
        int ia = CouponCode.ALPHABET.indexOf(a);
        int ib = CouponCode.ALPHABET.indexOf(b);
        boolean blindPair = Math.abs(ia - ib) == CouponCode.ALPHABET.length() - 1;
        if (a != b && !blindPair) {
            String swapped = code.substring(0, at) + b + a + code.substring(at + 2);
            assertThat(CouponCode.parse(swapped).isLeft()).isTrue();
        }
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.strings().withChars(CouponCode.ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(8);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(1, CouponCode.ALPHABET.length() - 1);
    }
}
