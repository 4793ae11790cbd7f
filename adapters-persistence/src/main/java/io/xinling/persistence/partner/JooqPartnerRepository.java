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
import io.xinling.persistence.common.Jdbc;
import org.jooq.DSLContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.xinling.persistence.jooq.Tables.PARTNERS;
import static io.xinling.persistence.jooq.Tables.PARTNER_ADDRESSES;
import static io.xinling.persistence.jooq.Tables.PARTNER_CONTACTS;

public final class JooqPartnerRepository implements PartnerRepository {

    /**
     * Partners with their contacts and addresses, in one fixed statement (see {@link Jdbc}): every trade document created
     * or posted reads its partner, which took three statements rendered by jOOQ. A condition and the order follow.
     */
    private static final String SELECT = """
            select p.partner_id, p.code, p.name, p.is_customer, p.is_supplier, p.dealer_level, p.credit_limit_minor,
                   p.payment_term_days, p.default_price_list_id, coalesce(c.names, '{}'), coalesce(c.phones, '{}'),
                   coalesce(c.emails, '{}'), coalesce(a.kinds, '{}'), coalesce(a.texts, '{}')
            from partners p
            left join lateral (select array_agg(x.name order by x.position) as names,
                                      array_agg(x.phone order by x.position) as phones,
                                      array_agg(x.email order by x.position) as emails
                               from partner_contacts x where x.tenant_id = p.tenant_id and x.partner_id = p.partner_id) c on true
            left join lateral (select array_agg(x.kind order by x.position) as kinds, array_agg(x.text order by x.position) as texts
                               from partner_addresses x where x.tenant_id = p.tenant_id and x.partner_id = p.partner_id) a on true
            where p.tenant_id = ?""";
    private static final String FIND = SELECT + " and p.partner_id = ?";

    private final DSLContext dsl;
    private final Jdbc jdbc;

    public JooqPartnerRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.jdbc = new Jdbc(dsl);
    }

    @Override
    public Optional<Partner> create(TenantId tenant, NewPartner p, Instant createdAt) {
        CustomerTerms t = p.terms();
        Optional<Long> id = dsl.insertInto(PARTNERS)
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
                .returning(PARTNERS.PARTNER_ID)
                .fetchOptional(PARTNERS.PARTNER_ID);
        id.ifPresent(partner -> saveChildren(tenant, partner, p));
        return id.map(partner -> new Partner(new PartnerId(partner), p.code(), p.name(), p.roles(), t, p.contacts(),
                p.addresses()));
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
        return jdbc.query(FIND, rows -> {
            List<Partner> found = partners(rows);
            return found.isEmpty() ? Optional.<Partner>empty() : Optional.of(found.get(0));
        }, tenant.value(), id.value());
    }

    @Override
    public List<Partner> list(TenantId tenant, PartnerFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> args = new ArrayList<>(List.of(tenant.value()));
        if (filter.role().isPresent()) {
            sql.append(filter.role().get() == PartnerRole.CUSTOMER ? " and p.is_customer" : " and p.is_supplier");
        }
        if (filter.text().isPresent()) {
            String like = "%" + filter.text().get().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (p.code ilike ? or p.name ilike ?)");
            args.add(like);
            args.add(like);
        }
        sql.append(" order by p.partner_id limit ? offset ?");
        args.add(filter.limit());
        args.add(filter.offset());
        return jdbc.query(sql.toString(), JooqPartnerRepository::partners, args.toArray());
    }

    /** The partners of rows of {@link #SELECT}. */
    private static List<Partner> partners(ResultSet r) throws SQLException {
        List<Partner> out = new ArrayList<>();
        while (r.next()) {
            String[] names = (String[]) r.getArray(10).getArray();
            String[] phones = (String[]) r.getArray(11).getArray();
            String[] emails = (String[]) r.getArray(12).getArray();
            List<Contact> contacts = new ArrayList<>(names.length);
            for (int i = 0; i < names.length; i++) {
                contacts.add(new Contact(names[i], phones[i], emails[i]));
            }
            String[] kinds = (String[]) r.getArray(13).getArray();
            String[] texts = (String[]) r.getArray(14).getArray();
            List<Address> addresses = new ArrayList<>(kinds.length);
            for (int i = 0; i < kinds.length; i++) {
                addresses.add(new Address(kinds[i], texts[i]));
            }
            long creditLimit = r.getLong(7);
            Optional<Money> credit = r.wasNull() ? Optional.empty() : Optional.of(Money.cny(creditLimit));
            long priceList = r.getLong(9);
            Optional<PriceListId> defaultPriceList = r.wasNull() ? Optional.empty() : Optional.of(new PriceListId(priceList));
            CustomerTerms terms = new CustomerTerms(Optional.ofNullable(r.getString(6)), credit, r.getInt(8), defaultPriceList);
            out.add(new Partner(new PartnerId(r.getLong(1)), r.getString(2), r.getString(3),
                    roles(r.getBoolean(4), r.getBoolean(5)), terms, contacts, addresses));
        }
        return out;
    }

    private static Set<PartnerRole> roles(boolean customer, boolean supplier) {
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        if (customer) {
            roles.add(PartnerRole.CUSTOMER);
        }
        if (supplier) {
            roles.add(PartnerRole.SUPPLIER);
        }
        return roles;
    }
}
