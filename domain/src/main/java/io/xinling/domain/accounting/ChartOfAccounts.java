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
    private final Leaves leaves;

    private ChartOfAccounts(SortedMap<AccountCode, Account> accounts) {
        this.accounts = accounts;
        List<Account> leaves = new java.util.ArrayList<>();
        AccountCode previous = null;
        for (AccountCode code : accounts.keySet()) {
            if (previous != null && !code.isWithin(previous)) {
                leaves.add(accounts.get(previous));
            }
            previous = code;
        }
        if (previous != null) {
            leaves.add(accounts.get(previous));
        }
        this.leaves = new Leaves(leaves);
    }

    /**
     * The leaf accounts by code, in an open-addressing table at most half full: a lookup compares the code's string hash
     * with the stored ones in one array and touches a stored code only when they match. Every line of every posting looks
     * its account up here, and over a chart of 10,000 accounts a {@link java.util.HashMap}'s nodes, keys and strings,
     * scattered over the heap, cost a cache miss each.
     */
    private static final class Leaves {
        private final int[] hashes;
        private final String[] codes;
        private final Account[] accounts;
        private final int shift;

        Leaves(List<Account> leaves) {
            int bits = Math.max(1, 33 - Integer.numberOfLeadingZeros(Math.max(1, leaves.size())));
            hashes = new int[1 << bits];
            codes = new String[1 << bits];
            accounts = new Account[1 << bits];
            shift = 32 - bits;
            for (Account a : leaves) {
                int hash = a.code().value().hashCode();
                int slot = slotOf(hash);
                while (codes[slot] != null) {
                    slot = (slot + 1) & (codes.length - 1);
                }
                hashes[slot] = hash;
                codes[slot] = a.code().value();
                accounts[slot] = a;
            }
        }

        private int slotOf(int hash) {
            return (hash * 0x9E3779B9) >>> shift;
        }

        Account get(AccountCode code) {
            String value = code.value();
            int hash = value.hashCode();
            for (int slot = slotOf(hash); codes[slot] != null; slot = (slot + 1) & (codes.length - 1)) {
                if (hashes[slot] == hash && codes[slot].equals(value)) {
                    return accounts[slot];
                }
            }
            return null;
        }
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
        return leaves.get(code) != null;
    }

    /**
     * The account a generated line naming {@code code} posts to: {@code code} itself when the chart has it, otherwise
     * its nearest ancestor the chart has. A template names the detail account (530199 其他, 540303 城市维护建设税…) and
     * a chart that never got that detail, whose parent is still the leaf it posted to before, books it there. A code
     * without any ancestor in the chart comes back unchanged (and {@link #leaf} names it unknown).
     */
    public AccountCode postingAccount(AccountCode code) {
        if (leaves.get(code) != null || accounts.containsKey(code)) {
            return code;
        }
        for (Option<AccountCode> up = code.parent(); up.isDefined(); up = up.get().parent()) {
            if (accounts.containsKey(up.get())) {
                return up.get();
            }
        }
        return code;
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
