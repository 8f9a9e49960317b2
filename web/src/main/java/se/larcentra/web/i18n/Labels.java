package se.larcentra.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import se.larcentra.catalog.entity.CreditSystem;
import se.larcentra.catalog.entity.Fee;
import se.larcentra.catalog.entity.OfferingStatus;
import se.larcentra.catalog.entity.Pace;
import se.larcentra.catalog.entity.ProviderType;
import se.larcentra.catalog.entity.StudyLevel;
import se.larcentra.catalog.entity.StudyMode;
import se.larcentra.centre.entity.Equipment;
import se.larcentra.centre.entity.RoomType;

/**
 * The words for the catalogue's values in the session's language: {@code #{labels.mode(o.mode)}},
 * {@code #{labels.pace(o.pace)}} … Codes the bundles do not know (a new subject key) are shown as
 * they are rather than failing the page.
 */
@Named
@RequestScoped
public class Labels {

    static final String BUNDLE = "se.larcentra.web.i18n.Messages";

    @Inject
    LocaleBean localeBean;

    private Locale locale;
    private ResourceBundle bundle;

    public Labels() {
    }

    /** For use outside a request (tests). */
    public Labels(Locale locale) {
        this.locale = locale;
    }

    public String mode(StudyMode mode) {
        return mode == null ? "" : text("mode." + mode.name());
    }

    public String status(OfferingStatus status) {
        return status == null ? "" : text("status." + status.name());
    }

    /** A CSS modifier for a status, so colour is never the only cue (the word is always shown). */
    public String statusClass(OfferingStatus status) {
        return status == null ? "" : switch (status) {
            case OPEN_FOR_APPLICATION -> "status status--open";
            case FULL -> "status status--full";
            case CANCELLED -> "status status--cancelled";
            default -> "status status--" + status.name().toLowerCase(Locale.ROOT);
        };
    }

    public String level(StudyLevel level) {
        return level == null ? "" : text("level." + level.name());
    }

    public String providerType(ProviderType type) {
        return type == null ? "" : text("providerType." + type.name());
    }

    public String subject(String key) {
        return key == null ? "" : text("subject." + key, key.replace('-', ' '));
    }

    public String pace(Pace pace) {
        if (pace == null) {
            return "";
        }
        return pace.isIndividual() ? text("pace.individual") : format("pace.percent", pace.percentage().getAsInt());
    }

    /** "7,5 hp"; "Inga poäng" when the course gives none. */
    public String credits(BigDecimal credits, CreditSystem system) {
        if (system == null || system == CreditSystem.NONE || credits == null) {
            return text("credits.NONE");
        }
        return format("credits." + system.name(), number(credits));
    }

    public String fee(Fee fee) {
        if (fee == null || fee.isFree()) {
            return text("offering.fee.free");
        }
        String amount = number(fee.amount());
        return "SEK".equals(fee.currency()) ? amount + " kr" : amount + " " + fee.currency();
    }

    public String roomType(RoomType type) {
        return type == null ? "" : text("roomType." + type.name());
    }

    public String equipment(Equipment equipment) {
        return equipment == null ? "" : text("equipment." + equipment.name());
    }

    /** Equipment as a sentence-like list in a stable order: "Datorer, Hörslinga". */
    public String equipmentList(Collection<Equipment> equipment) {
        if (equipment == null || equipment.isEmpty()) {
            return text("centre.rooms.noEquipment");
        }
        return equipment.stream().sorted().map(this::equipment).collect(Collectors.joining(", "));
    }

    /** A language's name in the page's language: "engelska", "Swedish". */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return Locale.forLanguageTag(code).getDisplayLanguage(locale());
    }

    public String number(Number number) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(number instanceof BigDecimal big ? big.stripTrailingZeros() : number);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale()).format(arguments);
    }

    public String text(String key) {
        return text(key, key);
    }

    private String text(String key, String fallback) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
        return bundle;
    }

    private Locale locale() {
        if (locale == null) {
            locale = localeBean != null ? localeBean.getLocale() : Language.SV.locale();
        }
        return locale;
    }
}
