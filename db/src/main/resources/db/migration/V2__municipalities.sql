-- The 16 municipalities of Värmland and the two of Örebro county that work with the eastern
-- Värmland group (reference data: shared/data/municipalities.csv). Coordinates are the main towns'.
INSERT INTO municipality (code, name, county, region_group, main_town, latitude, longitude) VALUES
    ('1715', 'Kil', 'Värmland', 'Centrala Värmland', 'Kil', 59.5034, 13.3170),
    ('1730', 'Eda', 'Värmland', 'Västra Värmland', 'Charlottenberg', 59.8853, 12.2914),
    ('1737', 'Torsby', 'Värmland', 'Norra Värmland', 'Torsby', 60.1360, 12.9990),
    ('1760', 'Storfors', 'Värmland', 'Östra Värmland', 'Storfors', 59.5325, 14.2717),
    ('1761', 'Hammarö', 'Värmland', NULL, 'Skoghall', 59.3230, 13.4650),
    ('1762', 'Munkfors', 'Värmland', 'Centrala Värmland', 'Munkfors', 59.8365, 13.5397),
    ('1763', 'Forshaga', 'Värmland', 'Centrala Värmland', 'Forshaga', 59.5320, 13.4790),
    ('1764', 'Grums', 'Värmland', 'Centrala Värmland', 'Grums', 59.3520, 13.1090),
    ('1765', 'Årjäng', 'Värmland', NULL, 'Årjäng', 59.3910, 12.1330),
    ('1766', 'Sunne', 'Värmland', 'Norra Värmland', 'Sunne', 59.8370, 13.1430),
    ('1780', 'Karlstad', 'Värmland', NULL, 'Karlstad', 59.3793, 13.5036),
    ('1781', 'Kristinehamn', 'Värmland', 'Östra Värmland', 'Kristinehamn', 59.3100, 14.1080),
    ('1782', 'Filipstad', 'Värmland', NULL, 'Filipstad', 59.7120, 14.1680),
    ('1783', 'Hagfors', 'Värmland', 'Norra Värmland', 'Hagfors', 60.0320, 13.6980),
    ('1784', 'Arvika', 'Värmland', 'Västra Värmland', 'Arvika', 59.6550, 12.5920),
    ('1785', 'Säffle', 'Värmland', NULL, 'Säffle', 59.1330, 12.9300),
    ('1883', 'Karlskoga', 'Örebro', 'Östra Värmland', 'Karlskoga', 59.3270, 14.5240),
    ('1862', 'Degerfors', 'Örebro', 'Östra Värmland', 'Degerfors', 59.2380, 14.4310);
