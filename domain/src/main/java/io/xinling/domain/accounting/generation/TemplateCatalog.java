package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.Direction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in voucher templates of section 4 (inventory and trade documents) as {@link TemplateView}s: what each books,
 * on which account, with which amount expression, and which lines a tenant may book to another account
 * ({@link TemplateEdits}). Settlement templates are made per payment method (3.4 {@code payment.method.account}) and
 * are not listed.
 * <p>
 * Fixed lines: those booked by code (内部往来 between branches, the VAT an abnormal loss transfers out), the clearing
 * account 220202 暂估应付款 (P-2 and P-3 must meet on it), the stock and cost lines of trade templates (their re-cost
 * deltas are booked by the inventory templates, X-1, so an edit there would not net against them), and every line of
 * the templates that only book settlements and deltas ({@link #READ_ONLY}).
 */
public final class TemplateCatalog {

    private static final List<String> STOCK_DIMENSIONS = List.of("item", "warehouse", "branch");

    /** Templates of settlements and of re-cost deltas only: they net against vouchers of other templates. */
    static final Set<String> READ_ONLY = Set.of(InventoryTemplates.SETTLEMENT.id(), InventoryTemplates.TRADE_PURCHASE_RETURN.id());

    private static final String CLEARING = "220202";

    private TemplateCatalog() {
    }

    public static List<TemplateView> all() {
        List<TemplateView> out = new ArrayList<>();
        InventoryTemplates.byVariant().forEach((variant, t) -> out.add(inventory(variant, t)));
        TradeTemplates.byVariant().forEach((variant, t) -> out.add(trade(variant, t)));
        return List.copyOf(out);
    }

    public static Optional<TemplateView> find(String id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static TemplateView inventory(String variant, InventoryTemplate t) {
        String type = variant.contains("/") ? variant.substring(0, variant.indexOf('/')) : variant;
        String stockSide = side(t.placement(), true);
        String offsetSide = side(t.placement(), false);
        String value = switch (t.placement()) {
            case INBOUND -> "stock value in (the stored movement amount)";
            case OUTBOUND -> "stock value out (the stored movement cost)";
            case BY_SIGN -> "stock value in or out (the stored movement amount)";
        };
        boolean open = !READ_ONLY.contains(t.id());
        List<TemplateView.Line> lines = new ArrayList<>();
        lines.add(new TemplateView.Line(stockSide, t.stock().value(), value, false, STOCK_DIMENSIONS, open));
        t.offset().ifPresent(a -> lines.add(new TemplateView.Line(offsetSide, a.value(), value, false,
                t.offsetDimensions().values().keySet().stream().map(d -> d.wireName()).toList(),
                open && !a.value().equals(CLEARING))));
        if (t.offset().isEmpty() && t.residual().isEmpty()) {
            lines.add(new TemplateView.Line("by-sign", "122102", "value sent to another branch (IV-2)", false,
                    List.of("branch"), false));
            lines.add(new TemplateView.Line("by-sign", "224102", "value received from another branch (IV-2)", false,
                    List.of("branch"), false));
        }
        t.residual().ifPresent(a -> lines.add(new TemplateView.Line("by-sign", a.value(),
                "what the stock lines do not net to (the fee)", false, List.of(), open)));
        if (t == InventoryTemplates.ABNORMAL_LOSS_STOCKTAKE) {
            String vat = "round2(loss cost × the SKU's VAT rate) (IV-7, general taxpayers)";
            lines.add(new TemplateView.Line("debit", InputVatTransferOut.PENDING.value(), vat, false, List.of(), false));
            lines.add(new TemplateView.Line("credit", InputVatTransferOut.TRANSFER_OUT.value(), vat, false, List.of(), false));
        }
        return new TemplateView(t.id(), t.version(), "inventory." + type, variant, t.summary(), lines);
    }

    private static String side(Placement placement, boolean stock) {
        return switch (placement) {
            case INBOUND -> stock ? "debit" : "credit";
            case OUTBOUND -> stock ? "credit" : "debit";
            case BY_SIGN -> "by-sign";
        };
    }

    private static String expression(PostingAmount amount) {
        return switch (amount) {
            case GROSS -> "G (gross, tax included)";
            case NET -> "N (net of tax)";
            case TAX -> "T (VAT)";
            case STOCK -> "stock value (the stored movement amount)";
            case STOCK_OUT -> "cost out (the stored movement cost)";
            case STOCK_OUT_LESS_NET -> "cost out − N";
            case STOCK_OUT_LESS_GROSS -> "cost out − G";
            case STOCK_IN -> "stock in (the sum of the stored movement amounts)";
        };
    }

    /** A trade line takes another account when its amount is the document's own (G, N, T), not stock's. */
    private static boolean editable(LineRule r) {
        boolean documentAmount = r.amount() == PostingAmount.GROSS || r.amount() == PostingAmount.NET
                || r.amount() == PostingAmount.TAX;
        return documentAmount && !r.account().value().equals(CLEARING);
    }

    private static TemplateView trade(String variant, PostingTemplate t) {
        String type = variant.contains("/") ? variant.substring(0, variant.indexOf('/')) : variant;
        List<TemplateView.Line> lines = t.rules().stream().map(r -> new TemplateView.Line(
                r.side() == Direction.DEBIT ? "debit" : "credit", r.account().value(),
                expression(r.amount()), r.red(),
                r.amount() == PostingAmount.STOCK ? STOCK_DIMENSIONS : r.partner() ? List.of("partner") : List.of(),
                editable(r)))
                .toList();
        return new TemplateView(t.id(), t.version(), "trade." + type, variant, t.summary(), lines);
    }
}
