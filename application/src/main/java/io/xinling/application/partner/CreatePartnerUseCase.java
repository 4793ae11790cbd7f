package io.xinling.application.partner;

import io.vavr.control.Either;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.partner.Partner;
import io.xinling.domain.partner.PartnerError;

import java.util.List;

public interface CreatePartnerUseCase {

    record ContactInput(String name, String phone, String email) {
    }

    record AddressInput(String kind, String text) {
    }

    /** Roles are {@code customer}/{@code supplier}; the credit limit is a CNY decimal string or absent. */
    record CreatePartnerCommand(TenantId tenant, String code, String name, List<String> roles, String dealerLevel,
                                String creditLimit, Integer paymentTermDays, Long defaultPriceListId,
                                List<ContactInput> contacts, List<AddressInput> addresses) {
    }

    Either<PartnerError, Partner> createPartner(CreatePartnerCommand command);
}
