package se.larcentra.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** What an offering costs the learner; most publicly funded education is free. */
@Embeddable
public class Fee {

    @Column(name = "fee_amount", precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "fee_currency", length = 3)
    private String currency;

    protected Fee() {
    }

    public Fee(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("a fee is zero or more: " + amount);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("a currency is an ISO 4217 code: " + currency);
        }
        this.amount = amount;
        this.currency = currency;
    }

    public static Fee free() {
        return new Fee(BigDecimal.ZERO, "SEK");
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public boolean isFree() {
        return amount == null || amount.signum() == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fee f && Objects.equals(f.currency, currency)
                && (f.amount == null ? amount == null : amount != null && f.amount.compareTo(amount) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount == null ? null : amount.stripTrailingZeros(), currency);
    }
}
