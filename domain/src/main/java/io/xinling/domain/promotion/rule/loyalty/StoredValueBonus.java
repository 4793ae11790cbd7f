package io.xinling.domain.promotion.rule.loyalty;

import io.xinling.domain.promotion.rule.*;

import io.xinling.domain.promotion.Reason;
import io.xinling.domain.promotion.Stage;

/**
 * 2.37 储值/充值送: recharge tiers (充500送50) and the spending split between principal and bonus. Not a
 * cart benefit: the engine reports it as {@code NOT_A_CART_RULE}; {@link #bonusFor} and {@link #split}
 * are the pure functions the stored-value use cases call.
 */
public record StoredValueBonus(Tiers tiers, Spending spending) implements Rule {

    public enum Spending { PROPORTIONAL, PRINCIPAL_FIRST, BONUS_FIRST }

    /** How a card payment splits: principal (a tender) and bonus (a discount for accounting). */
    public record Split(long principal, long bonus) {
    }

    @Override public String type() { return "stored_value_bonus"; }

    @Override public Stage stage() { return Stage.TENDER; }

    @Override
    public RuleOutcome evaluate(RuleInput in) {
        return RuleOutcome.skip(Reason.NOT_A_CART_RULE, "储值规则在充值和付款时使用");
    }

    /** The bonus of the highest recharge tier reached. */
    public long bonusFor(long recharge) {
        return tiers.reached(recharge).map(Tier::value).orElse(0L);
    }

    /** Splits a payment of {@code amount} from balances {@code principal} and {@code bonus}. */
    public Split split(long amount, long principal, long bonus) {
        if (amount > principal + bonus) {
            throw new IllegalArgumentException("payment exceeds the card balance");
        }
        return switch (spending) {
            case PRINCIPAL_FIRST -> new Split(Math.min(amount, principal), amount - Math.min(amount, principal));
            case BONUS_FIRST -> new Split(amount - Math.min(amount, bonus), Math.min(amount, bonus));
            case PROPORTIONAL -> {
                long p = Amounts.mulDivHalfUp(amount, principal, principal + bonus);
                yield new Split(p, amount - p);
            }
        };
    }
}
