package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.DimensionValues;
import io.xinling.domain.accounting.VoucherLine;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TaxRate;

import java.util.ArrayList;
import java.util.List;

/**
 * IV-7 for an abnormal stocktake loss (非正常损失, spec 2.10): the input VAT of the lost goods is reversed,
 * {@code Cr 22210103 进项税额转出 = round2(cost × rate)} with the matching {@code Dr 190101}, per loss line at the
 * SKU's VAT rate. A gain reverses nothing; a changed cost changes the reversal by the difference of the two
 * rounded amounts, so a document's vouchers always add up to the reversal of its final cost (I-13).
 */
public final class InputVatTransferOut {

    public static final AccountCode PENDING = AccountCode.of("190101");
    public static final AccountCode TRANSFER_OUT = AccountCode.of("22210103");

    private InputVatTransferOut() {
    }

    /** The VAT to reverse for a stored stock amount: {@code round2(−amount × rate)} when it left stock, else zero. */
    public static Money of(Money stockAmount, TaxRate rate) {
        return stockAmount.isNegative() ? rate.taxOfNet(stockAmount.negate()) : Money.zero(stockAmount.currency());
    }

    /** The change in the VAT to reverse when a stored amount became {@code after} by {@code change}. */
    public static Money change(Money after, Money change, TaxRate rate) {
        return of(after, rate).minus(of(after.minus(change), rate));
    }

    /** {@code lines} with {@link #lines} of {@code vat} added, merged per side, account and dimensions. */
    public static List<VoucherLine> added(List<VoucherLine> lines, String summary, Money vat) {
        if (vat.isZero()) {
            return lines;
        }
        List<VoucherLine> all = new ArrayList<>(lines);
        all.addAll(lines(summary, vat));
        return LineMerger.merge(all);
    }

    /** Dr 190101 / Cr 22210103 for {@code vat} (red ink on the same sides when negative); none for zero. */
    public static List<VoucherLine> lines(String summary, Money vat) {
        if (vat.isZero()) {
            return List.of();
        }
        String text = "进项税额转出 " + summary;
        return List.of(VoucherLine.debit(text, PENDING, DimensionValues.NONE, vat),
                VoucherLine.credit(text, TRANSFER_OUT, DimensionValues.NONE, vat));
    }
}
