package io.xinling.domain.accounting;

import java.util.Arrays;
import java.util.Optional;

/**
 * 现金流量项目: the item lines of 现金流量表 (会小企03表, 5.3) a cash line can carry, as the {@link Dimension#CASH_FLOW}
 * value {@code CF01} … {@code CF18}. The code's number is the statement line; the subtotal lines 7, 13, 19 and the
 * totals 20–22 are not items. An inflow item adds the cash line's debit-positive amount, an outflow item subtracts
 * it, so either shows a positive figure in the usual case and a refund or red ink lowers it.
 */
public enum CashFlowItem {
    CF01(true, "销售产成品、商品、提供劳务收到的现金"),
    CF02(true, "收到其他与经营活动有关的现金"),
    CF03(false, "购买原材料、商品、接受劳务支付的现金"),
    CF04(false, "支付的职工薪酬"),
    CF05(false, "支付的税费"),
    CF06(false, "支付其他与经营活动有关的现金"),
    CF08(true, "收回短期投资、长期债券投资和长期股权投资收到的现金"),
    CF09(true, "取得投资收益收到的现金"),
    CF10(true, "处置固定资产、无形资产和其他非流动资产收回的现金净额"),
    CF11(false, "短期投资、长期债券投资和长期股权投资支付的现金"),
    CF12(false, "购建固定资产、无形资产和其他非流动资产支付的现金"),
    CF14(true, "取得借款收到的现金"),
    CF15(true, "吸收投资者投资收到的现金"),
    CF16(false, "偿还借款本金支付的现金"),
    CF17(false, "偿还借款利息支付的现金"),
    CF18(false, "分配利润支付的现金");

    private final boolean inflow;
    private final String caption;

    CashFlowItem(boolean inflow, String caption) {
        this.inflow = inflow;
        this.caption = caption;
    }

    public boolean inflow() {
        return inflow;
    }

    public String caption() {
        return caption;
    }

    public int line() {
        return Integer.parseInt(name().substring(2));
    }

    public static Optional<CashFlowItem> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
    }
}
