package io.xinling.persistence.accounting;

import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherOrigin;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads of vouchers by date bound the periods too (V78): the first and last day of a range still count. */
class VoucherReadsByDateTest {

    @Test
    void a_range_across_months_finds_its_vouchers_from_the_first_to_the_last_day_in_date_order() {
        AccountingFixture f = new AccountingFixture();
        f.services.chart().chart(f.tenant.id());
        for (String date : List.of("2026-03-11", "2026-01-30", "2026-03-10", "2026-02-01", "2026-01-31", "2025-12-31")) {
            post(f, LocalDate.parse(date));
        }

        assertThat(f.vouchers.list(f.tenant.id(), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 10)))
                .extracting(Voucher::date).map(LocalDate::toString)
                .containsExactly("2026-01-31", "2026-02-01", "2026-03-10");
        assertThat(f.vouchers.listByOrigin(f.tenant.id(), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 30),
                VoucherOrigin.GENERATED)).extracting(Voucher::date).map(LocalDate::toString)
                .containsExactlyInAnyOrder("2025-12-31", "2026-01-30");
        assertThat(f.vouchers.list(f.tenant.id(), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 9))).isEmpty();
    }

    private static void post(AccountingFixture f, LocalDate date) {
        List<VoucherLine> lines = List.of(
                VoucherLine.debit("on " + date, AccountCode.of("1001"), DimensionValues.NONE, Money.cny(100)),
                VoucherLine.credit("on " + date, AccountCode.of("3001"), DimensionValues.NONE, Money.cny(100)));
        GeneratedVoucher g = new GeneratedVoucher(VoucherWord.JI, date, 0, lines,
                new Provenance("test", "dated-" + date, 1, "t", 1, 0, VoucherHash.of(lines)));
        assertThat(f.services.generated().postGenerated(f.tenant.id(), f.preparer, List.of(g)).isRight()).isTrue();
    }
}
