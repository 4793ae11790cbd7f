package io.xinling.application.accounting;

import io.xinling.application.accounting.PostGeneratedVouchersUseCase.GeneratedVoucher;
import io.xinling.application.inventory.DocumentKind;
import io.xinling.application.inventory.InventoryPosting;
import io.xinling.domain.kernel.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory document of a purchase or sales document gets no voucher of its own (the trade document's
 * voucher books its stock), but its settlements and re-cost deltas still book; a trade purchase return's
 * deltas go to 5401, as its P-4 voucher's price difference does.
 */
class TradeOwnedStockTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    private static InventoryPosting.Value value(String amount, String settlement) {
        return new InventoryPosting.Value(1, 0, 7, "3", 1, Money.cny(amount), Money.cny(settlement));
    }

    private static List<String> text(GeneratedVoucher v) {
        return v.lines().stream().map(l -> (l.isDebit() ? "Dr " : "Cr ") + l.account().value() + " "
                + (l.isDebit() ? l.debit() : l.credit()).format()).toList();
    }

    /** A receipt whose posting re-costs a purchase return, both {@code tradeOwned} or neither. */
    private static InventoryPosting posting(boolean tradeOwned) {
        var receipt = new InventoryPosting.Document(10, DocumentKind.RECEIPT, Optional.of("purchase"), DAY,
                Optional.empty(), Optional.empty(), false, tradeOwned);
        var purchaseReturn = new InventoryPosting.Document(11, DocumentKind.PURCHASE_RETURN, Optional.empty(), DAY,
                Optional.empty(), Optional.empty(), false, tradeOwned);
        return new InventoryPosting(5, false, receipt, List.of(value("240.00", "10.00")),
                List.of(new InventoryPosting.Change(purchaseReturn, value("-3.00", "0.00"))));
    }

    @Test
    void a_trade_owned_receipt_books_only_its_settlement_and_a_trade_purchase_return_delta_books_5401() {
        List<GeneratedVoucher> owned = InventoryVoucherGenerator.vouchers(posting(true), () -> true);
        assertThat(owned).extracting(v -> v.provenance().sourceType())
                .containsExactly("inventory-settlement", "inventory-recost");
        assertThat(text(owned.get(1))).containsExactly("Cr 1405 3.00", "Dr 5401 3.00");

        List<GeneratedVoucher> alone = InventoryVoucherGenerator.vouchers(posting(false), () -> true);
        assertThat(alone).extracting(v -> v.provenance().sourceType())
                .containsExactly("inventory-document", "inventory-settlement", "inventory-recost");
        assertThat(text(alone.get(0))).containsExactly("Dr 1405 240.00", "Cr 220202 240.00");
        assertThat(text(alone.get(2))).containsExactly("Dr 1405 -3.00", "Cr 220202 -3.00");
    }
}
