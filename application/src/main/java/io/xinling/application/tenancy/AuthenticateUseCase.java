package io.xinling.application.tenancy;

import java.util.Optional;

public interface AuthenticateUseCase {

    /** The caller behind a presented key; empty when the key is unknown or revoked. */
    Optional<Principal> authenticate(String presentedKey);
}
