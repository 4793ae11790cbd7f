package io.xinling.domain.inventory;

/** Which stock shares one moving average (spec 2.1). */
public enum CostingScope {
    /** 统一核算: one average per SKU (and batch, when batch-costed) for the whole company. The default. */
    PER_ACCOUNT_SET,
    /** 分仓核算: one average per warehouse and SKU (and batch). */
    PER_WAREHOUSE
}
