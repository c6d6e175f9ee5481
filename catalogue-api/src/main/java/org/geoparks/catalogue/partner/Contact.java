package org.geoparks.catalogue.partner;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How visitors reach a partner. Stored as one jsonb object; a partner without contact details has
 * {@link #NONE}, stored as {@code {}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(String phone, String email, String website) {

    public static final Contact NONE = new Contact(null, null, null);

    public Contact {
        phone = blankToNull(phone);
        email = blankToNull(email);
        website = blankToNull(website);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
