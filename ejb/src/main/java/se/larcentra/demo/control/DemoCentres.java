package se.larcentra.demo.control;

import java.util.List;

/**
 * The demo's learning centres: at least one near the main town of each of the 18 municipalities,
 * and a few more in the large rural ones (Torsby, Hagfors, Årjäng).
 */
final class DemoCentres {

    /**
     * A centre: its municipality, names (English null where it is the same), address, and its
     * position either as an offset from the main town (in degrees) or absolute.
     */
    record Spec(String municipalityCode, String key, String nameSv, String nameEn, String street, String postalCode,
            String town, double latitude, double longitude, boolean offsetFromMainTown, boolean large) {
    }

    private DemoCentres() {
    }

    private static Spec nearTown(String code, String key, String sv, String en, String street, String postal, String town,
            double dLat, double dLon, boolean large) {
        return new Spec(code, key, sv, en, street, postal, town, dLat, dLon, true, large);
    }

    private static Spec at(String code, String key, String sv, String en, String street, String postal, String town,
            double lat, double lon) {
        return new Spec(code, key, sv, en, street, postal, town, lat, lon, false, false);
    }

    static final List<Spec> ALL = List.of(
            nearTown("1715", "kil", "Lärcentrum Kil", "Kil Learning Centre", "Storgatan 21", "66530", "Kil", 0.0021, 0.0043, false),
            nearTown("1730", "eda", "Lärcentrum Eda", "Eda Learning Centre", "Industrigatan 4", "67332", "Charlottenberg", -0.0034, 0.0061, false),
            nearTown("1737", "torsby", "Lärcentrum Torsby", "Torsby Learning Centre", "Järnvägsgatan 8", "68530", "Torsby", -0.0018, 0.0012, true),
            at("1737", "sysslebäck", "Lärcentrum Sysslebäck", "Sysslebäck Learning Centre", "Klarälvsvägen 19", "68060", "Sysslebäck", 60.7284, 12.8676),
            nearTown("1760", "storfors", "Lärcentrum Storfors", "Storfors Learning Centre", "Centrumvägen 5", "68830", "Storfors", 0.0011, -0.0025, false),
            nearTown("1761", "hammarö", "Lärcentrum Hammarö", "Hammarö Learning Centre", "Hammarövägen 24", "66330", "Skoghall", 0.0040, 0.0030, false),
            nearTown("1762", "munkfors", "Lärcentrum Munkfors", "Munkfors Learning Centre", "Bruksgatan 6", "68430", "Munkfors", -0.0022, 0.0009, false),
            nearTown("1763", "forshaga", "Lärcentrum Forshaga", "Forshaga Learning Centre", "Storgatan 40", "66730", "Forshaga", 0.0015, 0.0052, false),
            nearTown("1764", "grums", "Lärcentrum Grums", "Grums Learning Centre", "Sveavägen 10", "66430", "Grums", -0.0031, -0.0040, false),
            nearTown("1765", "årjäng", "Lärcentrum Årjäng", "Årjäng Learning Centre", "Storgatan 45", "67230", "Årjäng", 0.0009, 0.0033, false),
            at("1765", "töcksfors", "Lärcentrum Töcksfors", "Töcksfors Learning Centre", "Töcksforsvägen 2", "67291", "Töcksfors", 59.5063, 11.8424),
            nearTown("1766", "sunne", "Lärcentrum Sunne", "Sunne Learning Centre", "Kolsnäsvägen 4", "68633", "Sunne", -0.0045, 0.0018, false),
            nearTown("1780", "karlstad", "Karlstads lärcentrum", "Karlstad Learning Centre", "Drottninggatan 14", "65224", "Karlstad", 0.0012, -0.0021, true),
            nearTown("1781", "kristinehamn", "Lärcentrum Kristinehamn", "Kristinehamn Learning Centre", "Kungsgatan 30", "68131", "Kristinehamn", 0.0027, 0.0016, true),
            nearTown("1782", "filipstad", "Lärcentrum Filipstad", "Filipstad Learning Centre", "Hattmakargatan 2", "68230", "Filipstad", -0.0013, 0.0038, false),
            nearTown("1783", "hagfors", "Lärcentrum Hagfors", "Hagfors Learning Centre", "Dalavägen 5", "68331", "Hagfors", 0.0032, -0.0014, false),
            at("1783", "ekshärad", "Lärcentrum Ekshärad", "Ekshärad Learning Centre", "Klarälvsvägen 40", "68360", "Ekshärad", 60.1757, 13.4908),
            nearTown("1784", "arvika", "Lärcentrum Arvika", "Arvika Learning Centre", "Ingesundsvägen 2", "67131", "Arvika", 0.0049, 0.0027, true),
            nearTown("1785", "säffle", "Lärcentrum Säffle", "Säffle Learning Centre", "Kanalgatan 9", "66130", "Säffle", -0.0008, 0.0044, false),
            // Same name in both languages: stored once, the English page falls back to it.
            nearTown("1883", "karlskoga", "Campus Karlskoga", null, "Kungsvägen 10", "69131", "Karlskoga", 0.0024, -0.0031, true),
            nearTown("1862", "degerfors", "Lärcentrum Degerfors", "Degerfors Learning Centre", "Storgatan 3", "69330", "Degerfors", -0.0019, 0.0020, false));

    /** Names of group rooms, after rivers, lakes and hills of Värmland. */
    static final List<String> GROUP_ROOM_NAMES = List.of("Klarälven", "Fryken", "Glafsfjorden", "Vänern", "Tiskaren",
            "Gräsmark", "Finnskogen", "Tossebergsklätten", "Lusten", "Rottnan", "Letten", "Daglösen");
}
