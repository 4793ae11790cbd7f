package io.xinling.domain.inventory;

import io.xinling.domain.catalog.CatalogError;
import io.xinling.domain.catalog.SkuId;
import io.xinling.domain.kernel.DomainError;
import io.xinling.domain.kernel.Quantity;
import io.xinling.domain.kernel.UnitQuantity;

import java.time.LocalDate;
import java.util.Optional;

/** Refusals of the stock ledger, each with a stable code. */
public sealed interface InventoryError extends DomainError {

    /** Document line {@code line} (numbered from 1) as the request names it: {@code lines[line - 1]}. */
    static String at(int line) {
        return "lines[" + (line - 1) + "]";
    }

    /** Not enough physical stock; the shortfall is given in base units, and in the document's unit if that differs. */
    record InsufficientStock(SkuId sku, Location location, Optional<BatchNo> batch, Quantity shortfall,
                             UnitQuantity shortfallInBase, UnitQuantity shortfallInDocumentUnit,
                             Optional<MovementId> movement) implements InventoryError {
        @Override public String code() { return "inventory.insufficient-stock"; }
        @Override public String message() {
            String inBase = shortfallInBase.toString();
            String inDocumentUnit = shortfallInDocumentUnit.toString();
            return "SKU " + sku + " at " + location + batch.map(b -> " batch " + b).orElse("") + " is short by " + inBase
                    + (inDocumentUnit.equals(inBase) ? "" : " (" + inDocumentUnit + ")")
                    + movement.map(m -> " at movement " + m).orElse("");
        }
    }

    /** Several lines of one document are refused; each error says which line. */
    record InvalidLines(java.util.List<InventoryError> errors) implements InventoryError {
        public InvalidLines {
            errors = java.util.List.copyOf(errors);
        }

        @Override public String code() { return "inventory.invalid-lines"; }
        @Override public String message() {
            return errors.stream().map(InventoryError::message).collect(java.util.stream.Collectors.joining("; "));
        }
    }

    record Catalog(CatalogError error) implements InventoryError {
        @Override public String code() { return error.code(); }
        @Override public String message() { return error.message(); }
    }

    record UnknownUnit(int line, SkuId sku, String unit) implements InventoryError {
        @Override public String code() { return "inventory.unknown-unit"; }
        @Override public String message() { return at(line) + ": SKU " + sku + " has no unit " + unit; }
    }

    record NonPositiveQuantity(int line, String quantity) implements InventoryError {
        @Override public String code() { return "inventory.non-positive-quantity"; }
        @Override public String message() { return at(line) + ": quantity " + quantity + " must be positive"; }
    }

    record NegativeQuantity(int line, String quantity) implements InventoryError {
        @Override public String code() { return "inventory.negative-quantity"; }
        @Override public String message() { return at(line) + ": counted quantity " + quantity + " is negative"; }
    }

    record TooManyDecimals(int line, String quantity) implements InventoryError {
        @Override public String code() { return "inventory.too-many-decimals"; }
        @Override public String message() { return at(line) + ": " + quantity + " has more than 6 decimals in base units"; }
    }

    /**
     * A base quantity beyond what the stock ledger holds: {@value #MAX_BASE_UNITS} base units on one line, or on one
     * costing key's balance ({@code where} names the line or the SKU and location).
     */
    record QuantityOutOfRange(String where, String quantity) implements InventoryError {
        public static final String MAX_BASE_UNITS = "1000000000000";

        @Override public String code() { return "inventory.quantity-out-of-range"; }
        @Override public String message() {
            return where + ": " + quantity + " is more than the " + MAX_BASE_UNITS + " base units the stock ledger holds";
        }
    }

    record NegativeAmount(int line, String amount) implements InventoryError {
        @Override public String code() { return "inventory.negative-amount"; }
        @Override public String message() { return at(line) + ": amount " + amount + " is negative"; }
    }

    /** Landed costs (a refund of freight may be negative) would bring a receipt line's inbound amount below zero (spec 2.4). */
    record LandedCostBelowZero(DocumentId receipt, int line, String amount) implements InventoryError {
        @Override public String code() { return "inventory.landed-cost-below-zero"; }
        @Override public String message() {
            return "amount: the landed costs would bring the inbound amount of line " + line + " of receipt "
                    + receipt.value() + " to " + amount + "; an inbound amount is never negative";
        }
    }

    /**
     * A landed cost whose charge lies in a closed period is not edited (spec 2.12: nothing is dated into a closed period,
     * and nothing there changes): it is cancelled, its reversal landing in the earliest open period (2.13), and a new
     * landed cost is posted in an open one.
     */
    record LandedCostClosed(DocumentId document, java.time.YearMonth period) implements InventoryError {
        @Override public String code() { return "inventory.landed-cost-closed-conflict"; }
        @Override public String message() {
            return "landed cost " + document.value() + " is charged in the closed period " + period
                    + ": cancel it (its reversal lands in the earliest open period) and post a new landed cost instead";
        }
    }

    /** A landed cost given per receipt line names another number of lines than its receipt has. */
    record LineChargesMismatch(DocumentId receipt, int receiptLines, int charges) implements InventoryError {
        @Override public String code() { return "inventory.line-charges-mismatch"; }
        @Override public String message() {
            return "lines: receipt " + receipt.value() + " has " + receiptLines + " line(s), the charge names " + charges;
        }
    }

    /** A value-only movement that changes nothing (spec 2.11: a ≠ 0); line 0 is the document's own amount. */
    record ZeroValueChange(int line) implements InventoryError {
        @Override public String code() { return "inventory.zero-value-change"; }
        @Override public String message() {
            return (line == 0 ? "amount" : at(line) + ".amount") + ": a value-only change must not be zero";
        }
    }

    /** A receipt gives a batch other dates than the receipt that first brought it in; a batch has one set of dates. */
    record BatchDatesMismatch(int line, SkuId sku, BatchNo batch, Optional<LocalDate> producedOn,
                              Optional<LocalDate> expiresOn) implements InventoryError {
        @Override public String code() { return "inventory.batch-dates-mismatch"; }
        @Override public String message() {
            return at(line) + ": batch " + batch + " of SKU " + sku.value() + " was received with producedOn "
                    + producedOn.map(LocalDate::toString).orElse("(none)") + " and expiresOn "
                    + expiresOn.map(LocalDate::toString).orElse("(none)") + "; a later receipt gives the same dates or none";
        }
    }

    record BatchMissing(int line, SkuId sku) implements InventoryError {
        @Override public String code() { return "inventory.batch-missing"; }
        @Override public String message() { return at(line) + ": SKU " + sku + " is batch-tracked and needs a batch"; }
    }

    record BatchNotTracked(int line, SkuId sku) implements InventoryError {
        @Override public String code() { return "inventory.batch-not-tracked"; }
        @Override public String message() { return at(line) + ": SKU " + sku + " does not track batches"; }
    }

    record SerialCountMismatch(int line, SkuId sku, Quantity quantity, int serials) implements InventoryError {
        @Override public String code() { return "inventory.serial-count-mismatch"; }
        @Override public String message() { return at(line) + ": " + quantity + " units but " + serials + " serials"; }
    }

    record DuplicateSerial(SkuId sku, SerialNo serial) implements InventoryError {
        @Override public String code() { return "inventory.duplicate-serial"; }
        @Override public String message() { return "serial " + serial + " of SKU " + sku + " would be in stock twice"; }
    }

    /** A referenced return names a serial that the sale it returns did not take out. */
    record SerialNotOnSale(SkuId sku, SerialNo serial, MovementId sale) implements InventoryError {
        @Override public String code() { return "inventory.serial-not-on-sale"; }
        @Override public String message() { return "serial " + serial + " of SKU " + sku + " did not go out on " + sale; }
    }

    record SerialNotInStock(SkuId sku, SerialNo serial) implements InventoryError {
        @Override public String code() { return "inventory.serial-not-in-stock"; }
        @Override public String message() { return "serial " + serial + " of SKU " + sku + " is not in stock there"; }
    }

    record DateInClosedPeriod(LocalDate date) implements InventoryError {
        @Override public String code() { return "inventory.date-in-closed-period"; }
        @Override public String message() { return date + " lies in a closed period"; }
    }

    record AlreadyPosted(DocumentId document) implements InventoryError {
        @Override public String code() { return "inventory.already-posted"; }
        @Override public String message() { return "document " + document + " is already posted"; }
    }

    record AlreadyCancelled(DocumentId document) implements InventoryError {
        @Override public String code() { return "inventory.already-cancelled"; }
        @Override public String message() { return "document " + document + " is already cancelled"; }
    }

    record UnknownDocument(DocumentId document) implements InventoryError {
        @Override public String code() { return "inventory.unknown-document"; }
        @Override public String message() { return "no posted document " + document; }
    }

    record UnknownMovement(MovementId movement) implements InventoryError {
        @Override public String code() { return "inventory.unknown-movement"; }
        @Override public String message() { return "no movement " + movement; }
    }

    /** A return or a transfer receipt dated before the sale or dispatch it refers to. */
    record DatedBeforeItsSource(MovementId movement, MovementId source) implements InventoryError {
        @Override public String code() { return "inventory.dated-before-its-source"; }
        @Override public String message() { return "movement " + movement + " is dated before " + source; }
    }

    record UnknownWarehouse(WarehouseId warehouse) implements InventoryError {
        @Override public String code() { return "inventory.unknown-warehouse"; }
        @Override public String message() { return "no warehouse " + warehouse; }
    }

    record SameWarehouse(WarehouseId warehouse) implements InventoryError {
        @Override public String code() { return "inventory.same-warehouse"; }
        @Override public String message() { return "a transfer needs two warehouses, got " + warehouse + " twice"; }
    }

    record EmptyDocument(DocumentId document) implements InventoryError {
        @Override public String code() { return "inventory.empty-document"; }
        @Override public String message() { return "the document has no lines that move stock"; }
    }

    record HasDependants(DocumentId document, DocumentId dependant) implements InventoryError {
        @Override public String code() { return "inventory.has-dependants"; }
        @Override public String message() { return "document " + dependant + " depends on " + document + "; cancel it first"; }
    }

    record TransferExceedsDispatch(DocumentId dispatch, SkuId sku) implements InventoryError {
        @Override public String code() { return "inventory.transfer-exceeds-dispatch"; }
        @Override public String message() { return "more of SKU " + sku + " received than dispatched on " + dispatch; }
    }

    record CostUnknown(SkuId sku, MovementId movement) implements InventoryError {
        @Override public String code() { return "inventory.cost-unknown"; }
        @Override public String message() { return "no reference cost to value SKU " + sku + " at " + movement; }
    }

    record AdjustmentNotAllowed(SkuId sku, MovementId movement) implements InventoryError {
        @Override public String code() { return "inventory.adjustment-not-allowed"; }
        @Override public String message() { return "cost of SKU " + sku + " can only be adjusted while in stock, never below zero"; }
    }

    record ReturnExceedsSale(MovementId sale, MovementId movement) implements InventoryError {
        @Override public String code() { return "inventory.return-exceeds-sale"; }
        @Override public String message() { return "more returned than remains of sale " + sale; }
    }

    record ReservationExceedsAvailable(SkuId sku, WarehouseId warehouse, Quantity requested, Quantity available)
            implements InventoryError {
        @Override public String code() { return "inventory.reservation-exceeds-available"; }
        @Override public String message() { return requested + " of SKU " + sku + " asked, " + available + " available"; }
    }

    /**
     * A costing-scope switch that cannot be applied: stock has already moved on or after its date, it
     * does not continue the scope in force before it, or it would be cancelled with documents after it.
     */
    record ScopeSwitchRefused(LocalDate from, String reason) implements InventoryError {
        @Override public String code() { return "inventory.scope-switch-conflict"; }
        @Override public String message() { return "the costing scope cannot switch on " + from + ": " + reason; }
    }
}
