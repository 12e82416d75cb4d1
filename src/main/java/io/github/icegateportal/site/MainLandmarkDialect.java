package io.github.icegateportal.site;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Gives the page's own {@code <main>} the id the skip link points to ({@code #main}) and makes it focusable, so
 * that the layout need not wrap the page in a second {@code <main>}: pages keep writing a plain {@code <main>}.
 */
@Component
class MainLandmarkDialect extends AbstractProcessorDialect {

    MainLandmarkDialect() {
        super("Main landmark", "portal", StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new MainElementProcessor(dialectPrefix));
    }

    private static final class MainElementProcessor extends AbstractElementTagProcessor {

        MainElementProcessor(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, "main", false, null, false, 1000);
        }

        @Override
        protected void doProcess(
                ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structure) {
            if (!tag.hasAttribute("id")) {
                structure.setAttribute("id", "main");
            }
            if (!tag.hasAttribute("tabindex")) {
                structure.setAttribute("tabindex", "-1");
            }
        }
    }
}
