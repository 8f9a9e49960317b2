package se.larcentra.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import se.larcentra.catalog.boundary.Catalog;
import se.larcentra.catalog.boundary.CentreNotFoundException;
import se.larcentra.centre.boundary.CentreAdmin;
import se.larcentra.centre.entity.LearningCentre;
import se.larcentra.centre.entity.Municipality;
import se.larcentra.platform.boundary.InvalidInputException;
import se.larcentra.web.FormProblems;
import se.larcentra.web.Http;
import se.larcentra.web.Texts;

/** Administrators create a learning centre or edit one's names, address, position and contact, and deactivate it. */
@Named
@ViewScoped
public class CentreEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentreAdmin admin;

    @Inject
    Catalog catalog;

    private String id;
    private Long centreId;
    private boolean active = true;
    private String municipality;
    private String nameSv;
    private String nameEn;
    private String street;
    private String postalCode;
    private String town;
    private String latitude;
    private String longitude;
    private String email;
    private String phone;

    /** View action: an empty form without id, the centre's values with one, 404 for an unknown centre. */
    public String load() {
        if (centreId != null || id == null || id.isEmpty()) {
            return null;
        }
        Optional<Long> wanted = Http.parseId(id);
        if (wanted.isEmpty()) {
            return Http.notFound();
        }
        try {
            LearningCentre centre = admin.managedCentreWithRooms(wanted.get());
            centreId = centre.getId();
            active = centre.isActive();
            municipality = centre.getMunicipality().getCode();
            nameSv = centre.getNames().getOrDefault("sv", "");
            nameEn = centre.getNames().getOrDefault("en", "");
            street = centre.getAddress().street();
            postalCode = centre.getAddress().postalCode();
            town = centre.getAddress().town();
            latitude = String.valueOf(centre.getLocation().latitude());
            longitude = String.valueOf(centre.getLocation().longitude());
            email = centre.getEmail();
            phone = centre.getPhone();
        } catch (CentreNotFoundException e) {
            return Http.notFound();
        }
        return null;
    }

    public void save() throws IOException {
        Double lat = coordinate(latitude, "latitude");
        Double lon = coordinate(longitude, "longitude");
        if (lat == null || lon == null) {
            return;
        }
        var form = new CentreAdmin.CentreForm(municipality, nameSv, blankToNull(nameEn), street, postalCode, town, lat, lon,
                blankToNull(email), blankToNull(phone));
        try {
            if (centreId == null) {
                long created = admin.createCentre(form);
                Texts.afterRedirect("admin.centre.created");
                Http.redirect("/staff/centre.xhtml?id=" + created);
            } else {
                admin.updateCentre(centreId, form);
                Texts.afterRedirect("admin.saved");
                Http.redirect("/admin/centre.xhtml?id=" + centreId);
            }
        } catch (InvalidInputException e) {
            FormProblems.invalid("centre", "municipality", null);
        } catch (RuntimeException e) {
            if (!FormProblems.show("centre", e)) {
                throw e;
            }
        }
    }

    public void setCentreActive(boolean makeActive) throws IOException {
        admin.setCentreActive(centreId, makeActive);
        Texts.afterRedirect(makeActive ? "admin.activated" : "admin.deactivated");
        Http.redirect("/admin/centre.xhtml?id=" + centreId);
    }

    /** A coordinate as typed, with a decimal comma or point; null (and a message at the field) when it is not a number. */
    private static Double coordinate(String text, String field) {
        try {
            return Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            FormProblems.invalid("centre", field, null);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<Municipality> getMunicipalities() {
        return catalog.municipalities();
    }

    public boolean isNew() {
        return centreId == null;
    }

    public Long getCentreId() {
        return centreId;
    }

    public boolean isActive() {
        return active;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
