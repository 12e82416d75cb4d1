package io.github.icegateportal.shared.web;

import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Only links to static resources go through the response's {@code encodeURL}, where {@code ResourceUrlEncodingFilter}
 * turns {@code /resources/css/portal.css} into its content-hashed address. A page writes about fifty links, nearly
 * all to other pages; each one asked every resource handler whether it was a resource, a tenth of an anonymous
 * page's work (issue 12). Sessions are tracked by cookie only, so {@code encodeURL} has nothing else to add to a link.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

    /** The resource handlers' prefixes: {@code spring.mvc.static-path-pattern} and Boot's webjars handler. */
    static final List<String> PREFIXES = List.of("/resources/", "/webjars/");

    @Bean
    static BeanPostProcessor staticResourceLinkBuilder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new LinkBuilder());
                }
                return bean;
            }
        };
    }

    static class LinkBuilder extends StandardLinkBuilder {

        @Override
        protected String processLink(IExpressionContext context, String link) {
            if (context instanceof IWebContext web && !isStaticResource(web, link)) {
                return link;
            }
            return super.processLink(context, link);
        }

        private static boolean isStaticResource(IWebContext context, String link) {
            String contextPath = context.getExchange().getRequest().getApplicationPath();
            return link.startsWith(contextPath)
                    && PREFIXES.stream().anyMatch(prefix -> link.startsWith(prefix, contextPath.length()));
        }
    }
}
