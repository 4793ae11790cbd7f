package io.xinling.domain.inventory.ledger;

import io.xinling.domain.inventory.CostingScope;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over generated histories (receipts, sales, transfers, stocktakes, assembly, backdated
 * inserts, cancellations, fractional quantities, same-day collisions), checked after every step.
 */
class LedgerProperties {

    @Provide
    Arbitrary<List<Op>> histories() {
        return LedgerArbitraries.histories();
    }

    @Property
    void I11_I14_every_step_equals_the_naive_model_and_a_full_replay(@ForAll("histories") List<Op> ops,
                                                                     @ForAll CostingScope scope,
                                                                     @ForAll boolean negative) {
        HistoryRun.run(ops, scope, negative, (before, result, expected) -> {
            LedgerChecks.matchesModel(result.ledger(), expected);
            assertThat(result.ledger().replayed().get().movements()).isEqualTo(result.ledger().movements());
        });
    }

    @Provide
    Arbitrary<List<Op>> richHistories() {
        return LedgerArbitraries.richHistories();
    }

    @Property
    void I11_closure_equals_full_replay_with_returns_two_step_transfers_and_disassembly(
            @ForAll("richHistories") List<Op> ops, @ForAll CostingScope scope, @ForAll boolean negative) {
        RichHistoryRun.run(ops, scope, negative, (before, result) -> {
            assertThat(result.ledger().replayed().get().movements()).isEqualTo(result.ledger().movements());
            LedgerChecks.keyInvariants(result.ledger());
            LedgerChecks.conservation(result.ledger());
            LedgerChecks.causality(before, result);
        });
    }

    @Property
    void I5_I6_I7_I8_key_state_after_every_movement(@ForAll("histories") List<Op> ops, @ForAll CostingScope scope,
                                                    @ForAll boolean negative) {
        HistoryRun.run(ops, scope, negative, (before, result, expected) -> LedgerChecks.keyInvariants(result.ledger()));
    }

    @Property
    void I9_I10_transfers_and_assemblies_conserve_value(@ForAll("histories") List<Op> ops,
                                                         @ForAll CostingScope scope, @ForAll boolean negative) {
        HistoryRun.run(ops, scope, negative, (before, result, expected) -> LedgerChecks.conservation(result.ledger()));
    }

    @Property
    void I12_changes_never_touch_earlier_movements(@ForAll("histories") List<Op> ops, @ForAll CostingScope scope,
                                                   @ForAll boolean negative) {
        HistoryRun.run(ops, scope, negative, (before, result, expected) -> LedgerChecks.causality(before, result));
    }

    @Property
    void I17_I18_lifetime_cogs_and_negative_stock_settlement(@ForAll("histories") List<Op> ops,
                                                             @ForAll CostingScope scope) {
        HistoryRun.run(ops, scope, true, (before, result, expected) -> {
            LedgerChecks.lifetime(result.ledger());
            LedgerChecks.settlements(result.ledger());
        });
    }

    @Property
    void I11_closure_equals_full_replay_with_scope_switches_returns_two_step_transfers_and_disassembly(
            @ForAll("richHistories") List<Op> ops, @ForAll CostingScope scope, @ForAll boolean negative,
            @ForAll @IntRange(min = 0, max = 12) int switchAt) {
        RichHistoryRun.run(ops, scope, negative, switchAt, (before, result) -> {
            assertThat(result.ledger().replayed().get().movements()).isEqualTo(result.ledger().movements());
            LedgerChecks.keyInvariants(result.ledger());
            LedgerChecks.conservation(result.ledger());
            LedgerChecks.causality(before, result);
            LedgerChecks.scopeSwitches(result.ledger());
        });
    }

    @Property
    void I11_with_scope_switches_every_step_equals_the_naive_model_and_a_full_replay(
            @ForAll("histories") List<Op> ops, @ForAll CostingScope scope, @ForAll boolean negative,
            @ForAll @IntRange(min = 0, max = 12) int switchAt) {
        HistoryRun.run(ops, scope, negative, switchAt, (before, result, expected) -> {
            LedgerChecks.matchesModel(result.ledger(), expected);
            assertThat(result.ledger().replayed().get().movements()).isEqualTo(result.ledger().movements());
            LedgerChecks.keyInvariants(result.ledger());
            LedgerChecks.causality(before, result);
            LedgerChecks.scopeSwitches(result.ledger());
        });
    }
}
