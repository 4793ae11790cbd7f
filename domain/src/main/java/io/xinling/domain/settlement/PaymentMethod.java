package io.xinling.domain.settlement;

public enum PaymentMethod {
    CASH, BANK, WECHAT, ALIPAY
}
