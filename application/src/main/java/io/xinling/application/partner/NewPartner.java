package io.xinling.application.partner;

import io.xinling.domain.partner.Address;
import io.xinling.domain.partner.Contact;
import io.xinling.domain.partner.CustomerTerms;
import io.xinling.domain.partner.PartnerRole;

import java.util.List;
import java.util.Set;

/** A validated partner not yet saved. */
public record NewPartner(String code, String name, Set<PartnerRole> roles, CustomerTerms terms, List<Contact> contacts,
                         List<Address> addresses) {

    public NewPartner {
        roles = Set.copyOf(roles);
        contacts = List.copyOf(contacts);
        addresses = List.copyOf(addresses);
    }
}
