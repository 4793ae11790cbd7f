package io.xinling.persistence.partner;

import io.xinling.application.partner.NewPartner;
import io.xinling.application.partner.PartnerFilter;
import io.xinling.application.partner.port.PartnerRepository;
import io.xinling.domain.kernel.Money;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.Address;
import io.xinling.domain.partner.Contact;
import io.xinling.domain.partner.CustomerTerms;
import io.xinling.domain.partner.Partner;
import io.xinling.domain.partner.PartnerId;
import io.xinling.domain.partner.PartnerRole;
import io.xinling.domain.pricing.PriceListId;
import io.xinling.persistence.jooq.tables.records.PartnersRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.xinling.persistence.jooq.Tables.PARTNERS;
import static io.xinling.persistence.jooq.Tables.PARTNER_ADDRESSES;
import static io.xinling.persistence.jooq.Tables.PARTNER_CONTACTS;

public final class JooqPartnerRepository implements PartnerRepository {

    private final DSLContext dsl;

    public JooqPartnerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Partner> create(TenantId tenant, NewPartner p, Instant createdAt) {
        CustomerTerms t = p.terms();
        Optional<PartnersRecord> row = dsl.insertInto(PARTNERS)
                .set(PARTNERS.TENANT_ID, tenant.value())
                .set(PARTNERS.CODE, p.code())
                .set(PARTNERS.NAME, p.name())
                .set(PARTNERS.IS_CUSTOMER, p.roles().contains(PartnerRole.CUSTOMER))
                .set(PARTNERS.IS_SUPPLIER, p.roles().contains(PartnerRole.SUPPLIER))
                .set(PARTNERS.DEALER_LEVEL, t.dealerLevel().orElse(null))
                .set(PARTNERS.CREDIT_LIMIT_MINOR, t.creditLimit().map(Money::minor).orElse(null))
                .set(PARTNERS.PAYMENT_TERM_DAYS, t.paymentTermDays())
                .set(PARTNERS.DEFAULT_PRICE_LIST_ID, t.defaultPriceList().map(PriceListId::value).orElse(null))
                .set(PARTNERS.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
                .onConflict(PARTNERS.TENANT_ID, PARTNERS.CODE).doNothing()
                .returning()
                .fetchOptional();
        row.ifPresent(r -> saveChildren(tenant, r.getPartnerId(), p));
        return row.map(r -> toPartner(r, p.contacts(), p.addresses()));
    }

    private void saveChildren(TenantId tenant, long partner, NewPartner p) {
        for (int i = 0; i < p.contacts().size(); i++) {
            Contact c = p.contacts().get(i);
            dsl.insertInto(PARTNER_CONTACTS).set(PARTNER_CONTACTS.TENANT_ID, tenant.value())
                    .set(PARTNER_CONTACTS.PARTNER_ID, partner).set(PARTNER_CONTACTS.POSITION, i)
                    .set(PARTNER_CONTACTS.NAME, c.name()).set(PARTNER_CONTACTS.PHONE, c.phone())
                    .set(PARTNER_CONTACTS.EMAIL, c.email()).execute();
        }
        for (int i = 0; i < p.addresses().size(); i++) {
            Address a = p.addresses().get(i);
            dsl.insertInto(PARTNER_ADDRESSES).set(PARTNER_ADDRESSES.TENANT_ID, tenant.value())
                    .set(PARTNER_ADDRESSES.PARTNER_ID, partner).set(PARTNER_ADDRESSES.POSITION, i)
                    .set(PARTNER_ADDRESSES.KIND, a.kind()).set(PARTNER_ADDRESSES.TEXT, a.text()).execute();
        }
    }

    @Override
    public Optional<Partner> find(TenantId tenant, PartnerId id) {
        return dsl.selectFrom(PARTNERS)
                .where(PARTNERS.TENANT_ID.eq(tenant.value()), PARTNERS.PARTNER_ID.eq(id.value()))
                .fetchOptional()
                .map(r -> load(tenant, List.of(r)).get(0));
    }

    @Override
    public List<Partner> list(TenantId tenant, PartnerFilter filter) {
        Condition where = PARTNERS.TENANT_ID.eq(tenant.value());
        if (filter.role().isPresent()) {
            where = where.and(filter.role().get() == PartnerRole.CUSTOMER ? PARTNERS.IS_CUSTOMER.isTrue()
                    : PARTNERS.IS_SUPPLIER.isTrue());
        }
        if (filter.text().isPresent()) {
            String like = "%" + filter.text().get().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where = where.and(PARTNERS.CODE.likeIgnoreCase(like).or(PARTNERS.NAME.likeIgnoreCase(like)));
        }
        List<PartnersRecord> rows = dsl.selectFrom(PARTNERS).where(where).orderBy(PARTNERS.PARTNER_ID)
                .limit(filter.limit()).offset(filter.offset()).fetch();
        return load(tenant, rows);
    }

    private List<Partner> load(TenantId tenant, List<PartnersRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = rows.stream().map(PartnersRecord::getPartnerId).collect(Collectors.toSet());
        Map<Long, List<Contact>> contacts = dsl.selectFrom(PARTNER_CONTACTS)
                .where(PARTNER_CONTACTS.TENANT_ID.eq(tenant.value()), PARTNER_CONTACTS.PARTNER_ID.in(ids))
                .orderBy(PARTNER_CONTACTS.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(c -> c.getPartnerId(),
                        Collectors.mapping(c -> new Contact(c.getName(), c.getPhone(), c.getEmail()), Collectors.toList())));
        Map<Long, List<Address>> addresses = dsl.selectFrom(PARTNER_ADDRESSES)
                .where(PARTNER_ADDRESSES.TENANT_ID.eq(tenant.value()), PARTNER_ADDRESSES.PARTNER_ID.in(ids))
                .orderBy(PARTNER_ADDRESSES.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(a -> a.getPartnerId(),
                        Collectors.mapping(a -> new Address(a.getKind(), a.getText()), Collectors.toList())));
        List<Partner> partners = new ArrayList<>();
        for (PartnersRecord r : rows) {
            partners.add(toPartner(r, contacts.getOrDefault(r.getPartnerId(), List.of()),
                    addresses.getOrDefault(r.getPartnerId(), List.of())));
        }
        return partners;
    }

    private static Partner toPartner(PartnersRecord r, List<Contact> contacts, List<Address> addresses) {
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        if (r.getIsCustomer()) {
            roles.add(PartnerRole.CUSTOMER);
        }
        if (r.getIsSupplier()) {
            roles.add(PartnerRole.SUPPLIER);
        }
        CustomerTerms terms = new CustomerTerms(Optional.ofNullable(r.getDealerLevel()),
                Optional.ofNullable(r.getCreditLimitMinor()).map(Money::cny), r.getPaymentTermDays(),
                Optional.ofNullable(r.getDefaultPriceListId()).map(PriceListId::new));
        return new Partner(new PartnerId(r.getPartnerId()), r.getCode(), r.getName(), roles, terms, contacts, addresses);
    }
}

