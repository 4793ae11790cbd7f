package io.xinling.domain.partner;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A customer, a supplier or both, with its contacts and addresses. */
public record Partner(PartnerId id, String code, String name, Set<PartnerRole> roles, CustomerTerms terms,
                      List<Contact> contacts, List<Address> addresses) {

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(terms, "terms");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a partner is a customer, a supplier or both");
        }
        contacts = List.copyOf(contacts);
        addresses = List.copyOf(addresses);
    }

    public boolean isCustomer() {
        return roles.contains(PartnerRole.CUSTOMER);
    }

    public boolean isSupplier() {
        return roles.contains(PartnerRole.SUPPLIER);
    }
}
