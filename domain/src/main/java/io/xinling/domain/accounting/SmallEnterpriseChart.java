package io.xinling.domain.accounting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The 小企业会计准则 chart (3.2) with the project-default sub-accounts (VAT special columns, payment
 * wallets, payroll, 内部往来…) and the required dimensions of 3.3, as data: {@code "code name [flags]"}.
 * A flag {@code C}/{@code D} overrides the direction of the account's class; a flag naming a dimension
 * makes it required. Sub-accounts inherit their parent's direction and dimensions unless flagged.
 */
public final class SmallEnterpriseChart {

    private static final List<String> ROWS = List.of(
            "1001 库存现金",
            "1002 银行存款",
            "1012 其他货币资金",
            "1101 短期投资",
            "1121 应收票据",
            "1122 应收账款 customer",
            "1123 预付账款 supplier",
            "1131 应收股利",
            "1132 应收利息",
            "1221 其他应收款",
            "1401 材料采购",
            "1402 在途物资",
            "1403 原材料 item",
            "1404 材料成本差异",
            "1405 库存商品 item",
            "1407 商品进销差价 C",
            "1408 委托加工物资 item",
            "1411 周转材料 item",
            "1421 消耗性生物资产",
            "1501 长期债券投资",
            "1511 长期股权投资",
            "1601 固定资产",
            "1602 累计折旧 C",
            "1604 在建工程",
            "1605 工程物资",
            "1606 固定资产清理",
            "1621 生产性生物资产",
            "1622 生产性生物资产累计折旧 C",
            "1701 无形资产",
            "1702 累计摊销 C",
            "1801 长期待摊费用",
            "1901 待处理财产损溢",
            "2001 短期借款",
            "2201 应付票据",
            "2202 应付账款",
            "2203 预收账款",
            "2211 应付职工薪酬",
            "2221 应交税费",
            "2231 应付利息",
            "2232 应付利润",
            "2241 其他应付款",
            "2401 递延收益",
            "2501 长期借款",
            "2701 长期应付款",
            "3001 实收资本",
            "3002 资本公积",
            "3101 盈余公积",
            "3103 本年利润",
            "3104 利润分配",
            "4001 生产成本",
            "4101 制造费用",
            "4301 研发支出",
            "4401 工程施工",
            "4403 机械作业",
            "5001 主营业务收入 C",
            "5051 其他业务收入 C",
            "5111 投资收益 C",
            "5301 营业外收入 C",
            "5401 主营业务成本",
            "5402 其他业务成本",
            "5403 税金及附加",
            "5601 销售费用 department",
            "5602 管理费用 department",
            "5603 财务费用",
            "5711 营业外支出",
            "5801 所得税费用",
            "101201 微信",
            "101202 支付宝",
            "101203 银联待清算",
            "122101 员工借款/备用金 employee",
            "122102 内部往来 branch",
            "190101 待处理流动资产损溢",
            "190102 待处理非流动资产损溢",
            "220201 明细 supplier",
            "220202 暂估应付款 supplier",
            "220301 客户预收 customer",
            "220302 会员储值 member",
            "220303 礼品卡/代金券",
            "221101 工资",
            "221102 社会保险费",
            "221103 住房公积金",
            "221104 职工福利",
            "222101 应交增值税",
            "22210101 进项税额 D",
            "22210102 销项税额",
            "22210103 进项税额转出",
            "22210104 已交税金 D",
            "22210105 转出未交增值税 D",
            "22210106 减免税款 D",
            "22210107 转出多交增值税",
            "222102 未交增值税",
            "222103 应交城市维护建设税",
            "222104 应交教育费附加",
            "222105 应交地方教育附加",
            "222106 应交个人所得税",
            "222107 应交企业所得税",
            "224101 代扣社保公积金 employee",
            "224102 内部往来 branch",
            "310401 未分配利润",
            "310402 提取法定盈余公积",
            "530101 政府补助",
            "530102 非流动资产处置净收益",
            "530103 盘盈收益",
            "530104 捐赠收益",
            "530199 其他",
            "540301 消费税",
            "540302 营业税",
            "540303 城市维护建设税",
            "540304 资源税",
            "540305 土地增值税",
            "540306 城镇土地使用税",
            "540307 房产税",
            "540308 车船税",
            "540309 印花税",
            "540310 教育费附加",
            "540311 地方教育附加",
            "540312 矿产资源补偿费",
            "540313 排污费/环境保护税",
            "540399 其他",
            "560101 工资",
            "560102 折旧费",
            "560103 差旅费",
            "560104 办公费",
            "560105 业务招待费",
            "560106 广告费",
            "560107 租赁费",
            "560108 商品维修费",
            "560109 业务宣传费",
            "560201 工资",
            "560202 折旧费",
            "560203 差旅费",
            "560204 办公费",
            "560205 业务招待费",
            "560206 广告费",
            "560207 租赁费",
            "560208 开办费",
            "560209 研究费用",
            "560301 手续费",
            "560302 汇兑损益",
            "560303 利息",
            "571101 坏账损失",
            "571102 无法收回的长期债券投资损失",
            "571103 无法收回的长期股权投资损失",
            "571104 自然灾害等不可抗力因素造成的损失",
            "571105 税收滞纳金",
            "571106 存货盘亏毁损报废损失",
            "571107 非流动资产处置净损失",
            "571108 罚款罚金和被没收财物损失",
            "571109 捐赠支出",
            "571199 其他");

    private SmallEnterpriseChart() {
    }

    public static ChartOfAccounts chart() {
        return ChartOfAccounts.of(accounts());
    }

    public static List<Account> accounts() {
        List<Account> accounts = new ArrayList<>();
        for (String row : ROWS) {
            accounts.add(parse(row, accounts));
        }
        return List.copyOf(accounts);
    }

    /** 222101 应交增值税, a leaf for a small-scale taxpayer (3.2: "uses 222101 without special columns"). */
    public static final AccountCode VAT = AccountCode.of("222101");

    /** The special columns below 222101 a general taxpayer posts to (财会〔2016〕22号, 3.2). */
    public static List<Account> vatColumns() {
        return accounts().stream().filter(a -> isVatColumn(a.code())).toList();
    }

    /** A code strictly below 222101. */
    public static boolean isVatColumn(AccountCode code) {
        return code.isWithin(VAT) && !code.equals(VAT);
    }

    private static Account parse(String row, List<Account> before) {
        String[] parts = row.split(" ");
        AccountCode code = AccountCode.of(parts[0]);
        Account parent = code.parent().flatMap(p -> io.vavr.collection.List.ofAll(before).find(a -> a.code().equals(p))).getOrNull();
        AccountType type = AccountType.ofTopCode(code.value());
        Direction direction = parent != null ? parent.direction() : defaultDirection(type);
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        if (parent != null) {
            dims.addAll(parent.requiredDimensions());
        }
        for (int i = 2; i < parts.length; i++) {
            switch (parts[i]) {
                case "C" -> direction = Direction.CREDIT;
                case "D" -> direction = Direction.DEBIT;
                default -> dims.add(Dimension.fromWireName(parts[i]).orElseThrow());
            }
        }
        return new Account(code, parts[1], type, direction, dims);
    }

    private static Direction defaultDirection(AccountType type) {
        return switch (type) {
            case ASSET, COST, PROFIT_AND_LOSS -> Direction.DEBIT;
            case LIABILITY, EQUITY -> Direction.CREDIT;
        };
    }
}
