package se.larcentra.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A staff account an administrator creates; the person sets a password through a mailed link. */
public record NewStaff(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]{2,59}") String username,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "sv|en") String language,
        @NotEmpty Set<@NotNull @Pattern(regexp = se.larcentra.account.entity.Role.NAME_PATTERN) String> roles,
        List<Long> centreIds,
        List<Long> offeringIds) {
}
