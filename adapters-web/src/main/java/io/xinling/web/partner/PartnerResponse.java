package io.xinling.web.partner;

import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.Address;
import io.xinling.domain.partner.Contact;
import io.xinling.domain.partner.Partner;
import io.xinling.domain.pricing.PriceListId;
import io.xinling.web.trade.WebParams;

import java.util.List;

/** A partner as the API shows it; amounts are CNY decimal strings. */
record PartnerResponse(long id, String code, String name, List<String> roles, String dealerLevel, String creditLimit,
                       int paymentTermDays, Long defaultPriceListId, List<Contact> contacts, List<Address> addresses) {

    record Page(List<PartnerResponse> items, int limit, int offset) {
    }

    static PartnerResponse of(Partner p) {
        return new PartnerResponse(p.id().value(), p.code(), p.name(),
                p.roles().stream().map(WebParams::wire).sorted().toList(), p.terms().dealerLevel().orElse(null),
                p.terms().creditLimit().map(Money::format).orElse(null), p.terms().paymentTermDays(),
                p.terms().defaultPriceList().map(PriceListId::value).orElse(null), p.contacts(), p.addresses());
    }
}
