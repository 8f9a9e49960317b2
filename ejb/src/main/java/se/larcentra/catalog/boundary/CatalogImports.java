package se.larcentra.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import se.larcentra.catalog.control.Emil3FileImport;

/**
 * Loads real course data into the catalogue: documents in the national SUSA-navet EMIL3 JSON shape
 * (a list of {@code educationProviders}, {@code educationInfos} or {@code educationEvents}, or one
 * object holding several), for administrators.
 *
 * <p>A document imports in one transaction: completely, or (malformed JSON, a database failure)
 * not at all. Records are keyed on their EMIL3 identifier, so importing a document again updates
 * what it imported before instead of duplicating it. Single records that cannot be imported (an
 * event of an unknown course, a course without a title) are rejected with their reason while the
 * rest imports; the returned report lists them, and the guesses made for missing or unknown values.
 * Files dropped into the import directory take the same path without a caller (see
 * {@link se.larcentra.catalog.control.ImportDirectoryWatcher}).
 */
@Stateless
@RolesAllowed("administrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the import runs in a transaction of its own
public class CatalogImports {

    @Inject
    Emil3FileImport fileImport;

    /**
     * @param name what the report calls the document, e.g. the uploaded file's name
     * @param json the document in UTF-8; read to its end, not closed
     */
    public ImportReport importEmil3(@NotBlank @Size(max = 255) String name, @NotNull InputStream json) {
        return fileImport.run(name, json);
    }

    public ImportReport importEmil3(@NotBlank @Size(max = 255) String name, @NotNull String json) {
        return fileImport.run(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
