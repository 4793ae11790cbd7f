package io.xinling.domain.accounting.report;

import java.util.List;

/**
 * 资产负债表 (会小企01表) and 利润表 (会小企02表), 5.3, as data. Our additions where the spec's table leaves an
 * account unmapped, so that every account lands on the balance sheet (I-22): 4101 制造费用 and 4403 机械作业
 * in 存货 (the spec's "4401 − 4402" uses a code this chart does not have), 1901 待处理财产损溢 in 其他流动资产.
 * Line 51 adds the unclosed profit-and-loss net, so the identity also holds before 结转损益.
 * The income statement's 其中 lines read the detail accounts of 3.2 (5601 and 5602 children by nature, 560303 利息,
 * interest income netted so it shows negative): 12 商品维修费 560108, 13 广告费和业务宣传费 560106 + 560109, 15 开办费
 * 560208, 16 业务招待费 560205, 17 研究费用 560209, 19 利息费用 560303. The breakdowns of 5403 (lines 4–10), 5301
 * (23) and 5711 (25–29) are left out: the built-in templates and the close post to those accounts as leaves.
 */
public final class SmallEnterpriseReports {

    public static final ReportTemplate BALANCE_SHEET = new ReportTemplate("balance-sheet", "资产负债表", List.of(
            "1|货币资金|+1001 +1002 +1012", "2|短期投资|+1101", "3|应收票据|+1121",
            "4|应收账款|+1122>customer +2203>customer", "5|预付账款|+1123>supplier +2202>supplier",
            "6|应收股利|+1131", "7|应收利息|+1132", "8|其他应收款|+1221",
            "9|存货|+1401 +1402 +1403 +1404 +1405 -1407 +1408 +1411 +1421 +4001 +4101 +4401 +4403",
            "10|其中:原材料|+1403 +1404", "11|在产品|+4001", "12|库存商品|+1405 -1407", "13|周转材料|+1411",
            "14|其他流动资产|+1901", "15|流动资产合计|+L1 +L2 +L3 +L4 +L5 +L6 +L7 +L8 +L9 +L14",
            "16|长期债券投资|+1501", "17|长期股权投资|+1511", "18|固定资产原价|+1601", "19|减:累计折旧|+1602",
            "20|固定资产账面价值|+L18 -L19", "21|在建工程|+1604", "22|工程物资|+1605", "23|固定资产清理|+1606",
            "24|生产性生物资产|+1621 -1622", "25|无形资产|+1701 -1702", "26|开发支出|+4301", "27|长期待摊费用|+1801",
            "28|其他非流动资产|", "29|非流动资产合计|+L16 +L17 +L20 +L21 +L22 +L23 +L24 +L25 +L26 +L27 +L28",
            "30|资产总计|+L15 +L29",
            "31|短期借款|+2001", "32|应付票据|+2201", "33|应付账款|+2202<supplier +1123<supplier",
            "34|预收账款|+2203<customer +1122<customer", "35|应付职工薪酬|+2211", "36|应交税费|+2221",
            "37|应付利息|+2231", "38|应付利润|+2232", "39|其他应付款|+2241", "40|其他流动负债|",
            "41|流动负债合计|+L31 +L32 +L33 +L34 +L35 +L36 +L37 +L38 +L39 +L40",
            "42|长期借款|+2501", "43|长期应付款|+2701", "44|递延收益|+2401", "45|其他非流动负债|",
            "46|非流动负债合计|+L42 +L43 +L44 +L45", "47|负债合计|+L41 +L46",
            "48|实收资本(或股本)|+3001", "49|资本公积|+3002", "50|盈余公积|+3101",
            "51|未分配利润|+3103 +3104 +5001 +5051 +5111 +5301 -5401 -5402 -5403 -5601 -5602 -5603 -5711 -5801",
            "52|所有者权益(或股东权益)合计|+L48 +L49 +L50 +L51", "53|负债和所有者权益(或股东权益)总计|+L47 +L52"));

    public static final ReportTemplate INCOME_STATEMENT = new ReportTemplate("income-statement", "利润表", List.of(
            "1|营业收入|+5001 +5051", "2|减:营业成本|+5401 +5402", "3|税金及附加|+5403",
            "11|销售费用|+5601", "12|其中:商品维修费|+560108", "13|广告费和业务宣传费|+560106 +560109",
            "14|管理费用|+5602", "15|其中:开办费|+560208", "16|业务招待费|+560205", "17|研究费用|+560209",
            "18|财务费用|+5603", "19|其中:利息费用(收入以\"-\"号填列)|+560303", "20|加:投资收益|+5111",
            "21|营业利润|+L1 -L2 -L3 -L11 -L14 -L18 +L20", "22|加:营业外收入|+5301", "24|减:营业外支出|+5711",
            "30|利润总额|+L21 +L22 -L24", "31|减:所得税费用|+5801", "32|净利润|+L30 -L31"));

    /**
     * 现金流量表 (会小企03表): items from the cash-flow dimension of cash lines (classified by counter account when
     * absent, see {@link io.xinling.domain.accounting.CashFlows}); lines 21 and 22 are the cash accounts' balances.
     */
    public static final ReportTemplate CASH_FLOW = new ReportTemplate("cash-flow", "现金流量表", List.of(
            "1|销售产成品、商品、提供劳务收到的现金|+CF01", "2|收到其他与经营活动有关的现金|+CF02",
            "3|购买原材料、商品、接受劳务支付的现金|+CF03", "4|支付的职工薪酬|+CF04", "5|支付的税费|+CF05",
            "6|支付其他与经营活动有关的现金|+CF06", "7|经营活动产生的现金流量净额|+L1 +L2 -L3 -L4 -L5 -L6",
            "8|收回短期投资、长期债券投资和长期股权投资收到的现金|+CF08", "9|取得投资收益收到的现金|+CF09",
            "10|处置固定资产、无形资产和其他非流动资产收回的现金净额|+CF10",
            "11|短期投资、长期债券投资和长期股权投资支付的现金|+CF11", "12|购建固定资产、无形资产和其他非流动资产支付的现金|+CF12",
            "13|投资活动产生的现金流量净额|+L8 +L9 +L10 -L11 -L12",
            "14|取得借款收到的现金|+CF14", "15|吸收投资者投资收到的现金|+CF15", "16|偿还借款本金支付的现金|+CF16",
            "17|偿还借款利息支付的现金|+CF17", "18|分配利润支付的现金|+CF18", "19|筹资活动产生的现金流量净额|+L14 +L15 -L16 -L17 -L18",
            "20|现金净增加额|+L7 +L13 +L19", "21|加:期初现金余额|+1001 +1002 +1012", "22|期末现金余额|+L20 +L21"));

    private SmallEnterpriseReports() {
    }
}
