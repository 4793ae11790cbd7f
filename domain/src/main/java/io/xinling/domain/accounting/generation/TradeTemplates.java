package io.xinling.domain.accounting.generation;

import io.xinling.domain.accounting.TaxpayerKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import static io.xinling.domain.accounting.generation.LineRule.credit;
import static io.xinling.domain.accounting.generation.LineRule.debit;
import static io.xinling.domain.accounting.generation.PostingAmount.GROSS;
import static io.xinling.domain.accounting.generation.PostingAmount.NET;
import static io.xinling.domain.accounting.generation.PostingAmount.STOCK;
import static io.xinling.domain.accounting.generation.PostingAmount.STOCK_IN;
import static io.xinling.domain.accounting.generation.PostingAmount.STOCK_OUT;
import static io.xinling.domain.accounting.generation.PostingAmount.STOCK_OUT_LESS_GROSS;
import static io.xinling.domain.accounting.generation.PostingAmount.STOCK_OUT_LESS_NET;
import static io.xinling.domain.accounting.generation.PostingAmount.TAX;

/**
 * The built-in templates of purchase and sales documents (spec 4.1, version 1), by
 * the document's wire name. One voucher per document: the partner, revenue and VAT lines from the document's
 * CNY amounts, the stock lines from the amounts its movements stored (so a delivery's COGS sits in the same
 * voucher, S-2). The payable is 220201 明细 [supplier], the receivable 1122 [customer].
 * <p>
 * A small-scale taxpayer (spec 4 intro, 3.5) deducts no input VAT: its receipts put {@code G} into stock (the
 * stored movement amounts are the line grosses, so Dr 1405 G / Cr 2202 G) and its returns take {@code G} back out;
 * its output tax, charged at the levy rate on the document, goes to 222101 应交增值税 without special columns.
 */
public final class TradeTemplates {

    public static final long VERSION = 1;

    private static final Map<String, PostingTemplate> BY_KIND = Map.of(
            // P-1: Dr 1405 = Σ stored line amounts (N); Dr 22210101 T / Cr 2202 G
            "purchase-receipt", new PostingTemplate("trade.purchase-receipt", VERSION, "采购入库", List.of(
                    debit("1405", STOCK), debit("22210101", TAX), credit("220201", GROSS).withPartner())),
            // P-4 (ORIGINAL_PRICE and CURRENT_AVERAGE alike): Dr 2202 G; Dr 22210101 red −T; Dr 5401 out − P / Cr 1405 out
            "purchase-return", new PostingTemplate("trade.purchase-return", VERSION, "采购退货", List.of(
                    debit("220201", GROSS).withPartner(), debit("22210101", TAX).inRed(), debit("5401", STOCK_OUT_LESS_NET),
                    credit("1405", STOCK))),
            // S-1 + S-2: Dr 1122 G / Cr 5001 N; Cr 22210102 T; Dr 5401 cost / Cr 1405 cost
            "sales-delivery", new PostingTemplate("trade.sales-delivery", VERSION, "销售出库", List.of(
                    debit("1122", GROSS).withPartner(), credit("5001", NET), credit("22210102", TAX),
                    debit("5401", STOCK_OUT), credit("1405", STOCK))),
            // S-3: all in red ink on the original sides, the cost at the stored return cost (2.7)
            "sales-return", new PostingTemplate("trade.sales-return", VERSION, "销售退货", List.of(
                    debit("1122", GROSS).withPartner().inRed(), credit("5001", NET).inRed(), credit("22210102", TAX).inRed(),
                    debit("5401", STOCK_OUT), credit("1405", STOCK))));

    private static final Map<String, PostingTemplate> SMALL_SCALE = Map.of(
            // P-1 small-scale: Dr 1405 = Σ stored line amounts (G) / Cr 2202 G
            "purchase-receipt", new PostingTemplate("trade.purchase-receipt.small-scale", VERSION, "采购入库", List.of(
                    debit("1405", STOCK), credit("220201", GROSS).withPartner())),
            // P-4 small-scale: Dr 2202 G; Dr 5401 out − G / Cr 1405 out
            "purchase-return", new PostingTemplate("trade.purchase-return.small-scale", VERSION, "采购退货", List.of(
                    debit("220201", GROSS).withPartner(), debit("5401", STOCK_OUT_LESS_GROSS), credit("1405", STOCK))),
            // S-1 + S-2 small-scale: Dr 1122 G / Cr 5001 N; Cr 222101 T; Dr 5401 cost / Cr 1405 cost
            "sales-delivery", new PostingTemplate("trade.sales-delivery.small-scale", VERSION, "销售出库", List.of(
                    debit("1122", GROSS).withPartner(), credit("5001", NET), credit("222101", TAX),
                    debit("5401", STOCK_OUT), credit("1405", STOCK))),
            "sales-return", new PostingTemplate("trade.sales-return.small-scale", VERSION, "销售退货", List.of(
                    debit("1122", GROSS).withPartner().inRed(), credit("5001", NET).inRed(), credit("222101", TAX).inRed(),
                    debit("5401", STOCK_OUT), credit("1405", STOCK))));

    /**
     * P-2 暂估入库: an estimated receipt puts its stored line amounts into stock against 220202 暂估应付款 [supplier], no
     * VAT and no payable until its invoice settles it (the same for both taxpayer kinds: the amounts are what stock took).
     */
    public static final PostingTemplate ESTIMATED_RECEIPT = new PostingTemplate("trade.purchase-receipt.estimated",
            VERSION, "暂估入库", List.of(debit("1405", STOCK), credit("220202", STOCK_IN).withPartner()));

    /**
     * P-3, the stock part: the invoice's difference from the estimate per receipt line, dated where the stock took it
     * (the receipt's date, or the invoice's when the receipt's month had closed, 2.11), so GL 1405 follows the stock
     * ledger on every date (I-4); the estimate in 220202 [supplier] moves to the invoiced amount with it.
     */
    public static final PostingTemplate ESTIMATE_DIFFERENCE = new PostingTemplate("trade.purchase-invoice.difference",
            VERSION, "暂估差额", List.of(debit("1405", STOCK), credit("220202", STOCK_IN).withPartner()));

    /**
     * P-3 到票 on the invoice's date: the estimate (now at the invoiced amount) leaves 220202 [supplier], the input VAT
     * is booked and the supplier is owed the gross in 220201 [supplier]: Dr 220202 N; Dr 22210101 T / Cr 220201 G. With
     * {@link #ESTIMATE_DIFFERENCE} and P-2 it nets to the spec's P-3: 1405 + (N_inv − N_est), 220202 to zero.
     */
    public static final PostingTemplate INVOICE = new PostingTemplate("trade.purchase-invoice", VERSION, "采购发票到票",
            List.of(debit("220202", NET).withPartner(), debit("22210101", TAX), credit("220201", GROSS).withPartner()));

    /** P-3 small-scale: stock took the gross, no input VAT: Dr 220202 G / Cr 220201 G. */
    public static final PostingTemplate INVOICE_SMALL_SCALE = new PostingTemplate("trade.purchase-invoice.small-scale",
            VERSION, "采购发票到票", List.of(debit("220202", GROSS).withPartner(), credit("220201", GROSS).withPartner()));

    private TradeTemplates() {
    }

    /** The P-3 template of a supplier invoice settling an estimated receipt, for the books' taxpayer kind. */
    public static PostingTemplate invoice(TaxpayerKind taxpayer) {
        return taxpayer == TaxpayerKind.SMALL_SCALE ? INVOICE_SMALL_SCALE : INVOICE;
    }

    /** Every built-in trade template by {@code kind} or {@code kind/small-scale}, in that order. */
    public static SortedMap<String, PostingTemplate> byVariant() {
        SortedMap<String, PostingTemplate> all = new TreeMap<>(BY_KIND);
        SMALL_SCALE.forEach((kind, t) -> all.put(kind + "/small-scale", t));
        all.put("purchase-receipt/estimated", ESTIMATED_RECEIPT);
        all.put("purchase-invoice/difference", ESTIMATE_DIFFERENCE);
        all.put("purchase-invoice", INVOICE);
        all.put("purchase-invoice/small-scale", INVOICE_SMALL_SCALE);
        return all;
    }

    /** The general taxpayer's template of a trade document kind ({@code sales-delivery}…), if it books anything. */
    public static Optional<PostingTemplate> of(String kind) {
        return of(kind, TaxpayerKind.GENERAL);
    }

    /** The template of a trade document kind for the books' taxpayer kind, if it books anything. */
    public static Optional<PostingTemplate> of(String kind, TaxpayerKind taxpayer) {
        return Optional.ofNullable((taxpayer == TaxpayerKind.SMALL_SCALE ? SMALL_SCALE : BY_KIND).get(kind));
    }

    /** Whether a receipt's stock amount includes its VAT: a small-scale taxpayer deducts none (spec 4, 3.5). */
    public static boolean stockIncludesTax(TaxpayerKind taxpayer) {
        return taxpayer == TaxpayerKind.SMALL_SCALE;
    }
}
