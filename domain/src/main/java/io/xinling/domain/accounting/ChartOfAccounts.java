package io.xinling.domain.accounting;

import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** A tenant's chart: the accounts by code. Only leaf accounts take voucher lines; parents roll up. */
public final class ChartOfAccounts {

    private final SortedMap<AccountCode, Account> accounts;
    /** The accounts without sub-accounts, the ones voucher lines may use: every line of every posting looks here. */
    private final Map<AccountCode, Account> leaves;

    private ChartOfAccounts(SortedMap<AccountCode, Account> accounts) {
        this.accounts = accounts;
        Map<AccountCode, Account> leaves = new java.util.HashMap<>();
        AccountCode previous = null;
        for (AccountCode code : accounts.keySet()) {
            if (previous != null && !code.isWithin(previous)) {
                leaves.put(previous, accounts.get(previous));
            }
            previous = code;
        }
        if (previous != null) {
            leaves.put(previous, accounts.get(previous));
        }
        this.leaves = leaves;
    }

    public static ChartOfAccounts of(Collection<Account> accounts) {
        SortedMap<AccountCode, Account> map = new TreeMap<>();
        for (Account account : accounts) {
            map.put(account.code(), account);
        }
        for (AccountCode code : map.keySet()) {
            code.parent().filter(parent -> !map.containsKey(parent)).forEach(parent -> {
                throw new IllegalArgumentException("account " + code + " without parent " + parent);
            });
        }
        return new ChartOfAccounts(map);
    }

    public Option<Account> find(AccountCode code) {
        return Option.of(accounts.get(code));
    }

    public List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    public boolean isLeaf(AccountCode code) {
        return leaves.containsKey(code);
    }

    /** The leaf account a voucher line may use, or why not. */
    public Either<AccountingError, Account> leaf(AccountCode code) {
        Account leaf = leaves.get(code);
        if (leaf != null) {
            return Either.right(leaf);
        }
        return accounts.containsKey(code) ? Either.left(new AccountingError.AccountNotLeaf(code.value()))
                : Either.left(new AccountingError.UnknownAccount(code.value()));
    }

    /** The new account below {@code parent}: it inherits class and direction, and the parent's dimensions plus {@code extra}. */
    public Either<AccountingError, Account> newSubAccount(AccountCode code, String name, Set<Dimension> extra) {
        if (accounts.containsKey(code)) {
            return Either.left(new AccountingError.AccountConflict(code.value()));
        }
        Option<Account> parent = code.parent().flatMap(this::find);
        if (parent.isEmpty()) {
            return Either.left(new AccountingError.InvalidField("code",
                    "a sub-account's code is an existing account's code plus two digits"));
        }
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            return Either.left(new AccountingError.InvalidField("name", "1 to 60 characters"));
        }
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        dims.addAll(parent.get().requiredDimensions());
        dims.addAll(extra);
        return Either.right(new Account(code, name.strip(), parent.get().type(), parent.get().direction(), dims));
    }

    public ChartOfAccounts with(Account account) {
        SortedMap<AccountCode, Account> copy = new TreeMap<>(accounts);
        copy.put(account.code(), account);
        return new ChartOfAccounts(copy);
    }

    public Map<AccountCode, Account> asMap() {
        return java.util.Collections.unmodifiableSortedMap(accounts);
    }
}
