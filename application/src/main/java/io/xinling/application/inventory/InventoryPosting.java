package io.xinling.application.inventory;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TaxRate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one committed post or cancel did to the stock ledger, for the contexts that book it (vouchers): the
 * document, its movements as stored (for a cancel, the movements it removed) and the stored cost changes
 * re-costing made to other documents' movements. Amounts are the stored ones, never recomputed.
 */
public record InventoryPosting(long ledgerVersion, boolean cancellation, Document document, List<Value> values,
                               List<Change> changes, Map<Long, TaxRate> rates) {

    public InventoryPosting {
        Objects.requireNonNull(document, "document");
        values = List.copyOf(values);
        changes = List.copyOf(changes);
        rates = Map.copyOf(rates);
    }

    /** A posting that knows no SKU's VAT rate (none of its documents reverses input VAT). */
    public InventoryPosting(long ledgerVersion, boolean cancellation, Document document, List<Value> values,
                            List<Change> changes) {
        this(ledgerVersion, cancellation, document, values, changes, Map.of());
    }

    /** The VAT rate of a SKU of this posting (its input VAT rate, IV-7); zero when unknown. */
    public TaxRate rateOf(long sku) {
        return rates.getOrDefault(sku, TaxRate.ZERO);
    }

    /**
     * A posted document: id, kind, purpose (the template variant) and business date; {@code supplier}: the supplier
     * (carrier) a landed cost is owed to, if it names one; {@code abnormalLoss}: a stocktake whose loss reverses
     * input VAT (IV-7); {@code tradeOwned}: saved by a purchase or sales document, whose voucher books its stock.
     */
    public record Document(long id, DocumentKind kind, Optional<String> purpose, LocalDate date,
                           Optional<Long> supplier, Optional<Money> amount, boolean abnormalLoss, boolean tradeOwned) {

        public Document {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(supplier, "supplier");
            Objects.requireNonNull(amount, "amount");
        }

        public Document(long id, DocumentKind kind, Optional<String> purpose, LocalDate date) {
            this(id, kind, purpose, date, Optional.empty(), Optional.empty(), false, false);
        }

        public Document(long id, DocumentKind kind, Optional<String> purpose, LocalDate date,
                        Optional<Long> supplier, Optional<Money> amount) {
            this(id, kind, purpose, date, supplier, amount, false, false);
        }
    }

    /**
     * One movement's stored amounts: the signed value in (positive) or out (negative), and the settlement of
     * earlier holes it booked to their consumers (value leaving stock); the warehouse is a warehouse id or
     * {@code transit-<dispatch>}, the branch that of the warehouse (goods in transit: of the sending warehouse).
     */
    public record Value(int line, int leg, long sku, String warehouse, long branch, Money amount, Money settlement) {

        public Value {
            Objects.requireNonNull(warehouse, "warehouse");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(settlement, "settlement");
        }
    }

    /**
     * A re-cost of another document's movement: {@code change} holds new − old of its amounts, {@code after} the
     * movement's amount after it.
     */
    public record Change(Document owner, Value change, Money after) {

        public Change {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(after, "after");
        }

        /** A change of a movement that held nothing before it. */
        public Change(Document owner, Value change) {
            this(owner, change, change.amount());
        }
    }
}
