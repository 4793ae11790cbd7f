package io.xinling.application.partner;

import io.vavr.control.Either;
import io.xinling.application.partner.CreatePartnerUseCase.AddressInput;
import io.xinling.application.partner.CreatePartnerUseCase.ContactInput;
import io.xinling.application.partner.CreatePartnerUseCase.CreatePartnerCommand;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.partner.Address;
import io.xinling.domain.partner.Contact;
import io.xinling.domain.partner.CustomerTerms;
import io.xinling.domain.partner.PartnerError;
import io.xinling.domain.partner.PartnerRole;
import io.xinling.domain.pricing.PriceListId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns a create command into a valid {@link NewPartner}, or the first field that is wrong. */
final class PartnerInputs {

    private static final int MAX_TEXT = 200;

    private PartnerInputs() {
    }

    static Either<PartnerError, NewPartner> newPartner(CreatePartnerCommand c) {
        return text("code", c.code(), true).flatMap(code -> text("name", c.name(), true).flatMap(name ->
                roles(c.roles()).flatMap(roles -> terms(c, roles).flatMap(terms ->
                        contacts(c.contacts()).flatMap(contacts -> addresses(c.addresses()).map(addresses ->
                                new NewPartner(code, name, roles, terms, contacts, addresses)))))));
    }

    private static Either<PartnerError, Set<PartnerRole>> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            return Either.left(new PartnerError.InvalidField("roles", "customer, supplier or both"));
        }
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        for (String name : names) {
            try {
                roles.add(PartnerRole.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Either.left(new PartnerError.InvalidField("roles", "unknown role '" + name + "'"));
            }
        }
        return Either.right(roles);
    }

    private static Either<PartnerError, CustomerTerms> terms(CreatePartnerCommand c, Set<PartnerRole> roles) {
        boolean customer = roles.contains(PartnerRole.CUSTOMER);
        if (!customer && (c.dealerLevel() != null || c.creditLimit() != null || c.defaultPriceListId() != null)) {
            return Either.left(new PartnerError.InvalidField("roles", "dealer level, credit limit and price list are for customers"));
        }
        int days = c.paymentTermDays() == null ? 0 : c.paymentTermDays();
        if (days < 0 || days > 3650) {
            return Either.left(new PartnerError.InvalidField("paymentTermDays", "between 0 and 3650"));
        }
        if (c.defaultPriceListId() != null && c.defaultPriceListId() <= 0) {
            return Either.left(new PartnerError.InvalidField("defaultPriceListId", "a price list id"));
        }
        Either<PartnerError, Optional<Money>> limit = c.creditLimit() == null ? Either.right(Optional.empty())
                : Money.parse("creditLimit", c.creditLimit(), Money.CNY)
                        .<PartnerError>mapLeft(PartnerError.InvalidValue::new).flatMap(PartnerInputs::nonNegative);
        return limit.flatMap(l -> text("dealerLevel", c.dealerLevel(), false).map(level -> new CustomerTerms(
                Optional.ofNullable(level), l, days, Optional.ofNullable(c.defaultPriceListId()).map(PriceListId::new))));
    }

    private static Either<PartnerError, Optional<Money>> nonNegative(Money limit) {
        return limit.isNegative() ? Either.left(new PartnerError.InvalidField("creditLimit", "must not be negative"))
                : Either.right(Optional.of(limit));
    }

    private static Either<PartnerError, List<Contact>> contacts(List<ContactInput> inputs) {
        List<Contact> contacts = new ArrayList<>();
        for (ContactInput in : inputs == null ? List.<ContactInput>of() : inputs) {
            Either<PartnerError, String> name = text("contacts.name", in == null ? null : in.name(), true);
            if (name.isLeft()) {
                return Either.left(name.getLeft());
            }
            contacts.add(new Contact(name.get(), in.phone(), in.email()));
        }
        return Either.right(contacts);
    }

    private static Either<PartnerError, List<Address>> addresses(List<AddressInput> inputs) {
        List<Address> addresses = new ArrayList<>();
        for (AddressInput in : inputs == null ? List.<AddressInput>of() : inputs) {
            Either<PartnerError, String> text = text("addresses.text", in == null ? null : in.text(), true);
            if (text.isLeft()) {
                return Either.left(text.getLeft());
            }
            addresses.add(new Address(in.kind() == null || in.kind().isBlank() ? "office" : in.kind().strip(), text.get()));
        }
        return Either.right(addresses);
    }

    /** A stripped text of at most {@value #MAX_TEXT} characters; null when absent and not required. */
    private static Either<PartnerError, String> text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? Either.left(new PartnerError.InvalidField(field, "must not be blank")) : Either.right(null);
        }
        if (value.strip().length() > MAX_TEXT) {
            return Either.left(new PartnerError.InvalidField(field, "at most " + MAX_TEXT + " characters"));
        }
        return Either.right(value.strip());
    }
}
