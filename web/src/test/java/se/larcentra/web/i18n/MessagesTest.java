package se.larcentra.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/se/larcentra/web/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyTextExistsInBothLanguages() throws IOException {
        assertThat(load("Messages_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("Messages_sv.properties").keySet());
    }

    @Test
    void theBaseBundleIsTheSwedishOne() throws IOException {
        assertThat(load("Messages.properties")).isEqualTo(load("Messages_sv.properties"));
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"Messages_sv.properties", "Messages_en.properties"}) {
            load(bundle).forEach((key, value) -> assertThat(value.toString()).as(bundle + " " + key).isNotBlank());
        }
    }
}
