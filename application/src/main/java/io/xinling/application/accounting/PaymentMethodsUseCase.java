package io.xinling.application.accounting;

import io.vavr.control.Either;
import io.xinling.domain.accounting.AccountCode;
import io.xinling.domain.accounting.AccountingError;
import io.xinling.domain.kernel.TenantId;
import io.xinling.domain.settlement.PaymentMethod;

import java.util.Map;

/** 3.4 {@code payment.method.account}: where each payment method's receipts and payments post, per tenant. */
public interface PaymentMethodsUseCase {

    /** Every method's account: the tenant's mapping over the defaults (1001, 1002, 101201, 101202). */
    Map<PaymentMethod, AccountCode> paymentAccounts(TenantId tenant);

    /** Maps {@code method} to a leaf among the cash accounts (1001, 1002, 1012); later receipts and payments post there. */
    Either<AccountingError, Map<PaymentMethod, AccountCode>> mapPaymentMethod(TenantId tenant, PaymentMethod method,
                                                                             String account);
}
