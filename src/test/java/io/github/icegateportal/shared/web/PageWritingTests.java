package io.github.icegateportal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icegateportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page is rendered whole before it is written: Thymeleaf's many small writes no longer pass one by one through
 * every response wrapper of the filter chain (issue 12).
 */
@PortalTest
class PageWritingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ThymeleafViewResolver views;

    @Test
    void pagesAreRenderedWholeAndThenWritten() {
        assertThat(views.getProducePartialOutputWhileProcessing()).isFalse();
        assertThat(mvc.get().uri("/"))
                .hasStatusOk()
                .bodyText()
                .startsWith("<!DOCTYPE html>")
                .endsWith("</html>\n");
    }
}
