package io.xinling.persistence.accounting;

import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.Provenance;
import io.xinling.domain.accounting.Voucher;
import io.xinling.domain.accounting.VoucherHash;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.accounting.VoucherWord;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch posting path's reads and writes: the chart slice it validates against, lines written by COPY. */
class PostingWritesTest {

    @Test
    void lines_keep_summaries_and_dimensions_with_tabs_newlines_and_backslashes() {
        AccountingFixture f = new AccountingFixture();
        String odd = "a\tb\\c\nd\re \"q\" 销售";
        List<VoucherLine> lines = List.of(
                VoucherLine.debit(odd, AccountCode.of("1122"), DimensionValues.of(Dimension.CUSTOMER, "C\t\\\"1\n"), Money.cny(500)),
                VoucherLine.credit("\\N", AccountCode.of("5001"), DimensionValues.NONE, Money.cny(500)));
        GeneratedVoucher g = new GeneratedVoucher(VoucherWord.JI, LocalDate.of(2026, 3, 4), 0, lines,
                new Provenance("test", "odd", 1, "t", 1, 0, VoucherHash.of(lines)));
        Voucher posted = f.services.generated().postGenerated(f.tenant.id(), f.preparer, List.of(g)).get().get(0);
        Voucher read = f.vouchers.find(f.tenant.id(), posted.id()).orElseThrow();
        assertThat(new ArrayList<>(read.lines())).isEqualTo(lines);
        assertThat(read.lines().get(0).summary()).isEqualTo(odd.strip());
        assertThat(f.ledger.entries(f.tenant.id(), AccountCode.of("1122"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                DimensionValues.of(Dimension.CUSTOMER, "C\t\\\"1\n"))).hasSize(1);
    }
}
