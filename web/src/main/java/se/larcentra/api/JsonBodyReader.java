package se.larcentra.api;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Every JSON request body of the API, read by {@link JsonBodies}: one that cannot be read, or holds a
 * value of the wrong type or out of range, is a 400 problem naming the field, never the 500 that
 * JSON-B's own reader gives. Jersey prefers an application's reader to its own for the same type and
 * media type. Raw bodies (text, bytes, streams, JSON-P values) are left to Jersey's readers.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(CharSequence.class.isAssignableFrom(type) || type == byte[].class || type == char[].class
                || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type) || type == File.class
                || JsonValue.class.isAssignableFrom(type) || type == Form.class || MultivaluedMap.class.isAssignableFrom(type)
                || type.getName().equals("jakarta.activation.DataSource") || type.getName().startsWith("javax.xml."));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return JsonBodies.read(entityStream, charsetOf(mediaType), genericType);
    }

    private static Charset charsetOf(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
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
