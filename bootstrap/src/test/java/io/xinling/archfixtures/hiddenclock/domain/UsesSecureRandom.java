package io.xinling.archfixtures.hiddenclock.domain;

import java.security.SecureRandom;

/** Hidden randomness through SecureRandom. */
public final class UsesSecureRandom {

    public byte[] salt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }
}
