package se.larcentra.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a learner gives to register. */
public record NewLearner(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]{2,59}") String username,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "\\d{4}") String municipality,
        @NotNull @Pattern(regexp = "sv|en") String language,
        @NotNull @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "NewLearner[" + username + "]"; // never the password, should this end up in a log
    }
}
