package io.xinling.domain.partner;

/** What a partner is to us; a customer may also be a supplier. */
public enum PartnerRole {
    CUSTOMER, SUPPLIER
}
