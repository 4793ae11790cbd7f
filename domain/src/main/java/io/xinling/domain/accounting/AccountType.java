package io.xinling.domain.accounting;

/** The five classes of the 小企业会计准则 chart, by the first digit of the code. */
public enum AccountType {
    ASSET, LIABILITY, EQUITY, COST, PROFIT_AND_LOSS;

    public static AccountType ofTopCode(String code) {
        return switch (code.charAt(0)) {
            case '1' -> ASSET;
            case '2' -> LIABILITY;
            case '3' -> EQUITY;
            case '4' -> COST;
            case '5' -> PROFIT_AND_LOSS;
            default -> throw new IllegalArgumentException("no account class for " + code);
        };
    }
}
