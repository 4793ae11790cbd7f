package io.xinling.domain.trade;

/** Whether a document's prices include VAT (retail, 含税) or exclude it (general-taxpayer trade, 不含税). */
public enum PriceEntry {
    TAX_INCLUSIVE, TAX_EXCLUSIVE
}
