package io.xinling.domain.accounting.generation;

/**
 * What a line rule of a {@link PostingTemplate} books (spec 4.1 notation): the document's tax-exclusive
 * {@code N}, its tax {@code T} and gross {@code G} (in CNY, as the document stores them), one line per stored
 * stock amount ({@link #STOCK}), the stock that left in total ({@link #STOCK_OUT}, the cost of a delivery or
 * a purchase return's {@code out}), and {@code out − P} of a purchase return ({@link #STOCK_OUT_LESS_NET}; for a
 * small-scale taxpayer, whose stock carries the VAT, {@link #STOCK_OUT_LESS_GROSS}), and the stock that came in in
 * total ({@link #STOCK_IN}, the estimate of an estimated receipt, P-2).
 */
public enum PostingAmount {
    GROSS, NET, TAX, STOCK, STOCK_OUT, STOCK_OUT_LESS_NET, STOCK_OUT_LESS_GROSS, STOCK_IN
}
