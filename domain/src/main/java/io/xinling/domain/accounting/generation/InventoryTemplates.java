package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.Dimension;
import io.xinling.domain.accounting.DimensionValues;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The built-in inventory templates (spec 4.1, version 1), one per document type and variant (the purpose).
 * Inventory documents carry no partner: a purchase receipt, purchase return or landed cost books against
 * 220202 暂估应付款 (P-2) under the supplier {@value #UNASSIGNED} until the purchase document, which knows its
 * supplier, takes over (P-3). A landed cost that names its carrier books its charge as the carrier's payable,
 * 220201 [supplier] (P-5, {@link #landedCostOwedTo(long)}). Version 2 of other receipts and issues books their
 * counterpart to the detail 530199 其他 / 571199 其他 (version 1: 5301 / 5711, which books opened before those details
 * still post to, see {@link TemplateAccounts}).
 */
public final class InventoryTemplates {

    public static final long VERSION = 1;

    /** The supplier dimension value of estimated payables whose supplier the inventory document does not know. */
    public static final String UNASSIGNED = "unassigned";

    private static final AccountCode STOCK = AccountCode.of("1405");
    private static final DimensionValues NO_SUPPLIER = DimensionValues.of(Dimension.SUPPLIER, UNASSIGNED);

    /** the settlement of earlier holes, booked to the consumer (5401) against stock. */
    public static final InventoryTemplate SETTLEMENT = offset("inventory.settlement", "负库存出库成本调整", Placement.OUTBOUND, "5401");

    /** The re-cost deltas of a purchase return a trade document owns: its price difference is in 5401 (P-4). */
    public static final InventoryTemplate TRADE_PURCHASE_RETURN = offset("inventory.purchase-return.trade", "采购退货",
            Placement.OUTBOUND, "5401");

    /**
     * IV-5/IV-7 of a stocktake whose loss is abnormal (非正常损失): as a stocktake, and each loss also reverses its
     * input VAT ({@link InputVatTransferOut}).
     */
    public static final InventoryTemplate ABNORMAL_LOSS_STOCKTAKE = offset("inventory.stocktake.abnormal-loss",
            "盘点盈亏(非正常损失)", Placement.BY_SIGN, "190101");

    private static final Map<String, InventoryTemplate> BY_VARIANT = Map.ofEntries(
            Map.entry("receipt/purchase", offset("inventory.receipt.purchase", "采购入库", Placement.INBOUND, "220202")),
            Map.entry("receipt/opening", offset("inventory.receipt.opening", "期初入库", Placement.INBOUND, "310401")),
            Map.entry("receipt/other", offset("inventory.receipt.other", "其他入库", Placement.INBOUND, "530199", 2)),
            Map.entry("issue/sale", offset("inventory.issue.sale", "销售出库成本", Placement.OUTBOUND, "5401")),
            Map.entry("issue/pos-sale", offset("inventory.issue.pos-sale", "零售出库成本", Placement.OUTBOUND, "5401")),
            Map.entry("issue/other", offset("inventory.issue.other", "其他出库", Placement.OUTBOUND, "571199", 2)),
            Map.entry("sales-return", offset("inventory.sales-return", "销售退货成本", Placement.OUTBOUND, "5401")),
            Map.entry("unreferenced-return", offset("inventory.unreferenced-return", "销售退货成本", Placement.OUTBOUND, "5401")),
            Map.entry("purchase-return", offset("inventory.purchase-return", "采购退货", Placement.INBOUND, "220202")),
            Map.entry("stocktake", offset("inventory.stocktake", "盘点盈亏", Placement.BY_SIGN, "190101")),
            Map.entry("cost-adjustment", offset("inventory.cost-adjustment", "成本调整", Placement.INBOUND, "5401")),
            Map.entry("landed-cost", offset("inventory.landed-cost", "采购费用分摊", Placement.INBOUND, "220202")),
            Map.entry("transfer", internal("inventory.transfer", "调拨", Optional.empty())),
            Map.entry("transfer-dispatch", internal("inventory.transfer-dispatch", "调拨发出", Optional.empty())),
            Map.entry("transfer-receipt", internal("inventory.transfer-receipt", "调拨收货", Optional.empty())),
            Map.entry("scope-switch", internal("inventory.scope-switch", "核算范围切换", Optional.empty())),
            Map.entry("assembly", internal("inventory.assembly", "组装", Optional.of(AccountCode.of("1001")))),
            Map.entry("disassembly", internal("inventory.disassembly", "拆卸", Optional.of(AccountCode.of("1001")))));

    private InventoryTemplates() {
    }

    /** P-5 of a landed cost that names its carrier: the charge is owed to that supplier, 220201 [supplier]. */
    public static InventoryTemplate landedCostOwedTo(long supplier) {
        return new InventoryTemplate("inventory.landed-cost.carrier", VERSION, "采购费用分摊", STOCK, Placement.INBOUND,
                Optional.of(AccountCode.of("220201")), DimensionValues.of(Dimension.SUPPLIER, Long.toString(supplier)),
                Optional.empty());
    }

    /** Every built-in inventory template by its variant ({@code receipt/purchase}, {@code stocktake}…), variant order. */
    public static SortedMap<String, InventoryTemplate> byVariant() {
        SortedMap<String, InventoryTemplate> all = new TreeMap<>(BY_VARIANT);
        all.put("stocktake/abnormal-loss", ABNORMAL_LOSS_STOCKTAKE);
        all.put("landed-cost/carrier", landedCostOwedTo(0));
        all.put("settlement", SETTLEMENT);
        all.put("purchase-return/trade", TRADE_PURCHASE_RETURN);
        return all;
    }

    /** The template of a document type (wire name) and purpose; receipts and issues default to "other". */
    public static InventoryTemplate of(String documentType, Optional<String> purpose) {
        String type = documentType.toLowerCase(Locale.ROOT);
        String variant = type.equals("receipt") || type.equals("issue")
                ? type + "/" + purpose.orElse("other").toLowerCase(Locale.ROOT).replace('_', '-') : type;
        InventoryTemplate template = BY_VARIANT.get(variant);
        if (template == null) {
            throw new IllegalArgumentException("no template for " + variant);
        }
        return template;
    }

    private static InventoryTemplate offset(String id, String summary, Placement placement, String account) {
        return offset(id, summary, placement, account, VERSION);
    }

    private static InventoryTemplate offset(String id, String summary, Placement placement, String account, long version) {
        DimensionValues dims = account.equals("220202") ? NO_SUPPLIER : DimensionValues.NONE;
        return new InventoryTemplate(id, version, summary, STOCK, placement, Optional.of(AccountCode.of(account)),
                dims, Optional.empty());
    }

    private static InventoryTemplate internal(String id, String summary, Optional<AccountCode> residual) {
        return new InventoryTemplate(id, VERSION, summary, STOCK, Placement.BY_SIGN, Optional.empty(),
                DimensionValues.NONE, residual);
    }
}
