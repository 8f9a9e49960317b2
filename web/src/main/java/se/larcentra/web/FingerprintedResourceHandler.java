package se.larcentra.web;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Adds a fingerprint of the content to the address of our own resources ({@code larcentra.css?...&fp=1a2b3c}).
 * Faces lets browsers cache resources for a week; with the fingerprint a changed stylesheet is fetched
 * at once after a deployment, and an unchanged one is never fetched twice. PrimeFaces' and other
 * libraries' resources carry their own version and are left alone.
 */
public class FingerprintedResourceHandler extends ResourceHandlerWrapper {

    private static final Map<String, String> FINGERPRINTS = new ConcurrentHashMap<>();

    public FingerprintedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return fingerprinted(super.createResource(resourceName), null);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return fingerprinted(super.createResource(resourceName, libraryName), libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return fingerprinted(super.createResource(resourceName, libraryName, contentType), libraryName);
    }

    private static Resource fingerprinted(Resource resource, String libraryName) {
        if (resource == null || libraryName != null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "fp=" + fingerprint(getWrapped());
            }
        };
    }

    static String fingerprint(Resource resource) {
        boolean development = FacesContext.getCurrentInstance() != null
                && FacesContext.getCurrentInstance().isProjectStage(ProjectStage.Development);
        if (development) {
            return crc(resource);
        }
        return FINGERPRINTS.computeIfAbsent(resource.getResourceName(), name -> crc(resource));
    }

    private static String crc(Resource resource) {
        CRC32 crc = new CRC32();
        try (InputStream in = resource.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Long.toString(crc.getValue(), 36);
    }
}
