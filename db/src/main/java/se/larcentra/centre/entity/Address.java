package se.larcentra.centre.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A Swedish postal address. */
@Embeddable
public class Address {

    @Column(name = "street", nullable = false)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 6)
    private String postalCode;

    @Column(name = "town", nullable = false)
    private String town;

    protected Address() {
    }

    public Address(String street, String postalCode, String town) {
        this.street = requireText(street, "street");
        this.postalCode = normalisePostalCode(postalCode);
        this.town = requireText(town, "town");
    }

    private static String normalisePostalCode(String code) {
        String digits = requireText(code, "postal code").replace(" ", "");
        if (!digits.matches("\\d{5}")) {
            throw new IllegalArgumentException("a Swedish postal code has five digits: " + code);
        }
        return digits.substring(0, 3) + " " + digits.substring(3);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String town() {
        return town;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && a.street.equals(street) && a.postalCode.equals(postalCode)
                && a.town.equals(town);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, postalCode, town);
    }

    @Override
    public String toString() {
        return street + ", " + postalCode + " " + town;
    }
}
