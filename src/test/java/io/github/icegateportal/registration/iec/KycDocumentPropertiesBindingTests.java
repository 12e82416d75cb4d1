package io.github.icegateportal.registration.iec;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.shared.field.PanHolderType;
import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The table in application.properties binds, in kebab case, to exactly the spec's table. */
class KycDocumentPropertiesBindingTests {

    @Test
    void theConfiguredTableIsTheSpecsTable() throws IOException {
        Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        var bound = new Binder(new MapConfigurationPropertySource(properties))
                .bind("portal.registration.documents", KycDocumentProperties.class)
                .get();

        assertThat(bound.maxSize().toKilobytes()).isEqualTo(500);
        var defaults = KycDocumentProperties.defaults();
        for (var type : PanHolderType.values()) {
            assertThat(bound.requiredFor(type)).as(type.name()).isEqualTo(defaults.get(type));
        }
    }

    @Test
    void aHolderTypeCanBeGivenOtherDocuments() {
        var properties = new Properties();
        properties.put("portal.registration.documents.required.P", "pan-card, address-proof");
        var bound = new Binder(new MapConfigurationPropertySource(properties))
                .bind("portal.registration.documents", KycDocumentProperties.class)
                .get();

        assertThat(bound.requiredFor(PanHolderType.P))
                .containsExactly(KycDocumentType.PAN_CARD, KycDocumentType.ADDRESS_PROOF);
        assertThat(bound.maxSize().toKilobytes()).isEqualTo(500);
    }
}
