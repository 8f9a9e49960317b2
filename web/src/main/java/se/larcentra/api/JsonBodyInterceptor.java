package se.larcentra.api;

import jakarta.json.JsonValue;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Reads every JSON request body of the API through {@link JsonBodies}: one that cannot be read, or
 * holds a value of the wrong type or out of range, is a 400 problem naming the field, never the 500
 * that JSON-B's own reader gives. An interceptor that returns the entity itself rather than a
 * message body reader: Jersey's choice between two readers for the same type and media type (ours
 * and its JSON-B one, both registered with the application) is not reliable, an interceptor always
 * runs. Raw bodies (text, bytes, streams, JSON-P values) go on to Jersey's readers.
 */
@Provider
public class JsonBodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType mediaType = context.getMediaType();
        if (mediaType == null || !isJson(mediaType) || !isBound(context.getType())) {
            return context.proceed();
        }
        if (declaredLength(context.getHeaders()) > JsonBodies.MAX_BYTES) {
            throw JsonBodies.tooLarge(); // said so before a byte is read
        }
        return JsonBodies.read(context.getInputStream(), charsetOf(mediaType), context.getGenericType());
    }

    static boolean isJson(MediaType mediaType) {
        return mediaType.getType().equalsIgnoreCase("application")
                && (mediaType.getSubtype().equalsIgnoreCase("json") || mediaType.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    /** Types bound from JSON by JSON-B, as opposed to the body as it is. */
    static boolean isBound(Class<?> type) {
        return !(CharSequence.class.isAssignableFrom(type) || type == byte[].class || type == char[].class
                || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type) || type == File.class
                || JsonValue.class.isAssignableFrom(type) || type == Form.class || MultivaluedMap.class.isAssignableFrom(type)
                || type.getName().equals("jakarta.activation.DataSource") || type.getName().startsWith("javax.xml."));
    }

    private static long declaredLength(MultivaluedMap<String, String> headers) {
        String length = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        return length != null && length.strip().matches("[0-9]{1,18}") ? Long.parseLong(length.strip()) : -1;
    }

    private static Charset charsetOf(MediaType mediaType) {
        String name = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new NotSupportedException("The charset " + name.strip() + " is not supported; send UTF-8.");
        }
    }
}
