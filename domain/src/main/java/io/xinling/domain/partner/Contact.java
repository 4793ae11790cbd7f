package io.xinling.domain.partner;

import java.util.Objects;

/** A person to talk to at a partner. Phone and e-mail may be empty strings. */
public record Contact(String name, String phone, String email) {

    public Contact {
        Objects.requireNonNull(name, "name");
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
    }
}
